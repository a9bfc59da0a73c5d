namespace Workbench.Core.Lexicon;

/// <summary>
/// Loads the lexicon the aligner uses: a user's JMdict-derived file in any of the forms the project meets — the TSV
/// export (<c>ent_seq, kanji_forms, kana_forms, glosses</c>), hunalign's <c>english @ japanese</c> dictionary, EDICT2
/// lines (each optionally gzip-compressed) or a compiled <c>.wbdic</c> — or the bundled JMdict common entries.
/// </summary>
public static class JmdictLexiconLoader
{
    /// <summary>Loads a lexicon file; a directory means its <c>jmdict_common.tsv</c>.</summary>
    public static ILexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "jmdict_common.tsv");
        }

        if (path.EndsWith(".wbdic", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".wbdic.br", StringComparison.OrdinalIgnoreCase))
        {
            return JmdictDictionary.Load(path).AsLexicon();
        }

        if (!File.Exists(path))
        {
            throw new WorkbenchInputException($"{path}: lexicon file not found");
        }

        using var reader = JmdictCompiler.OpenText(path);
        var entries = new List<LexiconEntry>();
        foreach (var record in JmdictTextReader.Read(reader, path))
        {
            AddEntries(record, entries);
        }

        return new BilingualLexicon(entries);
    }

    /// <summary>
    /// The JMdict common entries shipped inside Workbench (<see cref="JmdictDictionary.Common"/>; CC BY-SA 4.0, EDRDG, see
    /// Lexicon/ATTRIBUTION.md), read the first time an aligner reads its entries, once per process.
    /// </summary>
    public static ILexicon Bundled { get; } = new DeferredLexicon(() => JmdictDictionary.Common.AsLexicon());

    /// <summary>One entry per text form and cleaned gloss among the record's first glosses (later senses are noise).</summary>
    private static void AddEntries(JmdictRecord record, List<LexiconEntry> entries)
    {
        var forms = record.TextForms;
        foreach (var rawGloss in record.Glosses.Take(JmdictTextReader.MaxAlignerGlosses))
        {
            var gloss = JmdictTextReader.CleanGloss(rawGloss);
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
}
