using System.IO.Compression;
using System.Text;

namespace Workbench.Core.Lexicon;

/// <summary>
/// Loads a JMdict-derived lexicon in any of the forms the project meets: the TSV export
/// (<c>ent_seq, kanji_forms, kana_forms, glosses</c>), hunalign's <c>english @ japanese</c> dictionary, or EDICT2
/// lines (optionally gzip-compressed). Only the Japanese forms worth matching in running text are kept.
/// </summary>
public static class JmdictLexiconLoader
{
    /// <summary>Glosses of one entry beyond this many are rare senses that mostly add noise.</summary>
    private const int MaxGlossesPerEntry = 8;

    private const string BundledResourceName = "Workbench.Core.Lexicon.jmdict_common.tsv.gz";

    /// <summary>Loads a lexicon file; a directory means its <c>jmdict_common.tsv</c>.</summary>
    public static ILexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "jmdict_common.tsv");
        }

        if (!File.Exists(path))
        {
            throw new WorkbenchInputException($"{path}: lexicon file not found");
        }

        using var stream = OpenText(path);
        return Read(stream, path);
    }

    /// <summary>
    /// The JMdict common entries shipped inside Workbench (CC BY-SA 4.0, EDRDG; see Lexicon/ATTRIBUTION.md).
    /// Decompressed and parsed the first time an aligner reads its entries, once per process.
    /// </summary>
    public static ILexicon Bundled { get; } = new DeferredLexicon(ReadBundled);

    private static ILexicon ReadBundled()
    {
        var assembly = typeof(JmdictLexiconLoader).Assembly;
        using var compressed = assembly.GetManifestResourceStream(BundledResourceName)
            ?? throw new InvalidOperationException($"embedded lexicon {BundledResourceName} is missing from {assembly.GetName().Name}");
        using var stream = new StreamReader(new GZipStream(compressed, CompressionMode.Decompress), Encoding.UTF8);
        return Read(stream, BundledResourceName);
    }

    private static ILexicon Read(StreamReader stream, string path)
    {
        var entries = new List<LexiconEntry>();
        var lineNumber = 0;
        var format = LexiconFormat.Unknown;
        while (stream.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (format == LexiconFormat.Unknown)
            {
                format = Detect(line);
                if (format == LexiconFormat.Unknown)
                {
                    throw new WorkbenchInputException($"{path}:{lineNumber}: not a JMdict TSV, hunalign or EDICT2 lexicon line");
                }

                if (format == LexiconFormat.Tsv && line.StartsWith("ent_seq", StringComparison.Ordinal))
                {
                    continue;
                }
            }

            var parsed = format switch
            {
                LexiconFormat.Tsv => ReadTsv(line, entries),
                LexiconFormat.Hunalign => ReadHunalign(line, entries),
                _ => ReadEdict(line, entries),
            };
            if (!parsed)
            {
                throw new WorkbenchInputException($"{path}:{lineNumber}: malformed {format} lexicon line");
            }
        }

        return new BilingualLexicon(entries);
    }

    private enum LexiconFormat
    {
        Unknown,
        Tsv,
        Hunalign,
        Edict,
    }

    private static StreamReader OpenText(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, Encoding.UTF8);
    }

    private static LexiconFormat Detect(string line) =>
        line.Contains('\t', StringComparison.Ordinal) ? LexiconFormat.Tsv
        : line.Contains(" @ ", StringComparison.Ordinal) ? LexiconFormat.Hunalign
        : line.Contains(" /", StringComparison.Ordinal) ? LexiconFormat.Edict
        : LexiconFormat.Unknown;

    private static bool ReadTsv(string line, List<LexiconEntry> entries)
    {
        var fields = line.Split('\t');
        if (fields.Length < 4)
        {
            return false;
        }

        AddEntry(Forms(fields[1], fields[2]), fields[3].Split(';'), entries);
        return true;
    }

    private static bool ReadHunalign(string line, List<LexiconEntry> entries)
    {
        var at = line.IndexOf(" @ ", StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        AddEntry([line[(at + 3)..].Trim()], [line[..at]], entries);
        return true;
    }

    private static bool ReadEdict(string line, List<LexiconEntry> entries)
    {
        var slash = line.IndexOf(" /", StringComparison.Ordinal);
        if (slash <= 0)
        {
            return false;
        }

        var head = line[..slash];
        var bracket = head.IndexOf(" [", StringComparison.Ordinal);
        var kanji = bracket < 0 ? head : head[..bracket];
        var kana = bracket < 0 ? "" : head[(bracket + 2)..].TrimEnd(']');
        var glosses = line[(slash + 2)..].Split('/')
            .Where(g => g.Length > 0 && !g.StartsWith("EntL", StringComparison.Ordinal) && g != "(P)");
        AddEntry(Forms(kanji, kana), glosses.ToList(), entries);
        return true;
    }

    /// <summary>Kanji forms, plus the kana forms when there is no kanji form (katakana loanwords).</summary>
    private static List<string> Forms(string kanji, string kana)
    {
        var forms = SplitForms(kanji);
        return forms.Count > 0 ? forms : SplitForms(kana);
    }

    private static List<string> SplitForms(string field) =>
        field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.Split('(')[0])
            .Where(f => f.Length > 0)
            .ToList();

    private static void AddEntry(List<string> forms, IReadOnlyList<string> glosses, List<LexiconEntry> entries)
    {
        foreach (var rawGloss in glosses.Take(MaxGlossesPerEntry))
        {
            var gloss = CleanGloss(rawGloss);
            if (gloss.Length == 0)
            {
                continue;
            }

            foreach (var form in forms)
            {
                entries.Add(new LexiconEntry(gloss, form));
            }
        }
    }

    /// <summary>Drops sense numbers and notes in parentheses and the "to " of verbs.</summary>
    private static string CleanGloss(string gloss)
    {
        var builder = new StringBuilder(gloss.Length);
        var depth = 0;
        foreach (var c in gloss)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && c != ')')
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString().Trim();
        return cleaned.StartsWith("to ", StringComparison.Ordinal) ? cleaned[3..].Trim() : cleaned;
    }
}
