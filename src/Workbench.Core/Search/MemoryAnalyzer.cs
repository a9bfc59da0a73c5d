using System.Text;
using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>
/// The CAT analysis of a new source file: each sentence's best match in the memory puts it in a band; a sentence
/// identical (after <see cref="MatchUnits"/> normalisation) to an earlier one in the same file is a repetition and is
/// not looked up again, since the translator translates it once. English is counted in words (words and numbers),
/// Japanese in characters (everything but whitespace, after NFKC).
/// </summary>
public sealed class MemoryAnalyzer(FuzzyMatcher matcher)
{
    public AnalysisReport Analyze(IEnumerable<string> sentences, Language language)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var segments = AnalysisBand.All.ToDictionary(b => b, _ => 0);
        var units = AnalysisBand.All.ToDictionary(b => b, _ => 0);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            if (string.IsNullOrWhiteSpace(sentence))
            {
                continue;
            }

            var sentenceUnits = MatchUnits.Of(sentence, language);
            var band = seen.Add(Identity(sentenceUnits))
                ? AnalysisBand.For(BestPercentage(sentence, language))
                : AnalysisBand.Repetitions;
            segments[band]++;
            units[band] += Count(sentenceUnits, language);
        }

        return new AnalysisReport(language, AnalysisBand.All.Select(b => new AnalysisRow(b, segments[b], units[b])).ToList());
    }

    /// <summary>Words (English) or non-whitespace characters (Japanese) of a sentence, as the analysis counts them.</summary>
    public static int Count(IReadOnlyList<MatchUnit> units, Language language)
    {
        ArgumentNullException.ThrowIfNull(units);
        return language == Language.English
            ? units.Count(u => u.Kind != MatchUnitKind.Punctuation)
            : units.Sum(u => u.Text.EnumerateRunes().Count());
    }

    private int BestPercentage(string sentence, Language language)
    {
        var best = matcher.Lookup(sentence, language, AnalysisBand.MinimumMatch, limit: 1);
        return best.Count == 0 ? 0 : best[0].Percentage;
    }

    private static string Identity(IReadOnlyList<MatchUnit> units)
    {
        var identity = new StringBuilder();
        foreach (var unit in units)
        {
            identity.Append(unit.Text).Append('\u0001');
        }

        return identity.ToString();
    }
}
