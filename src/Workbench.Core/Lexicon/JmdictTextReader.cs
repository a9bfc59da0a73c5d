using System.Globalization;
using System.Text;

namespace Workbench.Core.Lexicon;

/// <summary>
/// Reads the text forms JMdict-derived lexicons come in: the TSV export (<c>ent_seq, kanji_forms, kana_forms,
/// glosses</c>), EDICT2 lines and hunalign's <c>english @ japanese</c> dictionary. The format is told by the first
/// non-empty line; a line that does not fit it is a <see cref="WorkbenchInputException"/> naming the file and line.
/// </summary>
internal static class JmdictTextReader
{
    /// <summary>Glosses of one entry beyond this many are rare senses that mostly add noise to alignment.</summary>
    public const int MaxAlignerGlosses = 8;

    public static IEnumerable<JmdictRecord> Read(TextReader reader, string path)
    {
        var lineNumber = 0;
        var format = Format.Unknown;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (format == Format.Unknown)
            {
                format = Detect(line);
                if (format == Format.Unknown)
                {
                    throw new WorkbenchInputException($"{path}:{lineNumber}: not a JMdict TSV, hunalign or EDICT2 lexicon line");
                }

                if (format == Format.Tsv && line.StartsWith("ent_seq", StringComparison.Ordinal))
                {
                    continue;
                }
            }

            var record = format switch
            {
                Format.Tsv => ReadTsv(line),
                Format.Hunalign => ReadHunalign(line),
                _ => ReadEdict(line),
            };
            yield return record ?? throw new WorkbenchInputException($"{path}:{lineNumber}: malformed {format} lexicon line");
        }
    }

    /// <summary>Drops sense numbers and notes in parentheses and the "to " of verbs: "(n) (1) to deter" is "deter".</summary>
    public static string CleanGloss(string gloss)
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

    private enum Format
    {
        Unknown,
        Tsv,
        Hunalign,
        Edict,
    }

    private static Format Detect(string line) =>
        line.Contains('\t', StringComparison.Ordinal) ? Format.Tsv
        : line.Contains(" @ ", StringComparison.Ordinal) ? Format.Hunalign
        : line.Contains(" /", StringComparison.Ordinal) ? Format.Edict
        : Format.Unknown;

    private static JmdictRecord? ReadTsv(string line)
    {
        var fields = line.Split('\t');
        if (fields.Length < 4)
        {
            return null;
        }

        var sequence = int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        return new JmdictRecord(sequence, SplitForms(fields[1]), SplitForms(fields[2]), fields[3].Split(';'));
    }

    private static JmdictRecord? ReadHunalign(string line)
    {
        var at = line.IndexOf(" @ ", StringComparison.Ordinal);
        return at <= 0 ? null : new JmdictRecord(0, [line[(at + 3)..].Trim()], [], [line[..at]]);
    }

    private static JmdictRecord? ReadEdict(string line)
    {
        var slash = line.IndexOf(" /", StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }

        var head = line[..slash];
        var bracket = head.IndexOf(" [", StringComparison.Ordinal);
        var kanji = bracket < 0 ? head : head[..bracket];
        var kana = bracket < 0 ? "" : head[(bracket + 2)..].TrimEnd(']');
        var sequence = 0;
        var glosses = new List<string>();
        foreach (var field in line[(slash + 2)..].Split('/'))
        {
            if (field.StartsWith("EntL", StringComparison.Ordinal))
            {
                _ = int.TryParse(field.AsSpan(4).TrimEnd('X'), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
            }
            else if (field.Length > 0 && field != "(P)")
            {
                glosses.Add(field);
            }
        }

        // A kana-only EDICT2 entry writes its kana where the kanji would be.
        return bracket < 0
            ? new JmdictRecord(sequence, [], SplitForms(kanji), glosses)
            : new JmdictRecord(sequence, SplitForms(kanji), SplitForms(kana), glosses);
    }

    private static List<string> SplitForms(string field) =>
        field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.Split('(')[0])
            .Where(f => f.Length > 0)
            .ToList();
}
