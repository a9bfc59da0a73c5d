namespace Workbench.Core.Alignment;

/// <summary>
/// Scores alignments exactly as <c>tools/align_score.py</c> does (Sennrich &amp; Volk 2011). Precision checks every
/// distinct predicted bead, null beads included, against the gold; recall checks every non-null gold bead against
/// the non-null predicted beads. A strict hit equals a reference bead; a lax hit shares a sentence on both sides
/// with one. Counts are pooled over all documents.
/// </summary>
public static class AlignmentScorer
{
    public static AlignmentScore Score(IEnumerable<(IReadOnlyList<Bead> Gold, IReadOnlyList<Bead> Predicted)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int precisionStrict = 0, precisionLax = 0, predicted = 0, recallStrict = 0, recallLax = 0, gold = 0;
        foreach (var (goldBeads, predictedBeads) in documents)
        {
            var (strict, lax, total) = Hits(goldBeads, predictedBeads);
            (precisionStrict, precisionLax, predicted) = (precisionStrict + strict, precisionLax + lax, predicted + total);
            (strict, lax, total) = Hits(NonNull(predictedBeads), NonNull(goldBeads));
            (recallStrict, recallLax, gold) = (recallStrict + strict, recallLax + lax, gold + total);
        }

        var precision = Divide(precisionStrict, predicted);
        var recall = Divide(recallStrict, gold);
        var laxPrecision = Divide(precisionLax, predicted);
        var laxRecall = Divide(recallLax, gold);
        return new AlignmentScore(
            precision,
            recall,
            F1(precision, recall),
            laxPrecision,
            laxRecall,
            F1(laxPrecision, laxRecall),
            predicted,
            gold);
    }

    private static List<Bead> NonNull(IReadOnlyList<Bead> beads) => beads.Where(b => !b.IsNull).ToList();

    /// <summary>A bead as the reference scorer sees it: its two id sets (the position of an empty side does not count).</summary>
    private static (int EnStart, int EnCount, int JaStart, int JaCount) Identity(Bead bead) =>
        (bead.EnCount > 0 ? bead.EnStart : -1, bead.EnCount, bead.JaCount > 0 ? bead.JaStart : -1, bead.JaCount);

    private static (int Strict, int Lax, int Total) Hits(IReadOnlyList<Bead> reference, IReadOnlyList<Bead> predicted)
    {
        var references = reference.Where(b => b.EnCount > 0 || b.JaCount > 0).Select(Identity).ToHashSet();
        var englishToJapanese = new Dictionary<int, HashSet<int>>();
        foreach (var (enStart, enCount, jaStart, jaCount) in references)
        {
            for (var en = enStart; en < enStart + enCount; en++)
            {
                if (!englishToJapanese.TryGetValue(en, out var partners))
                {
                    partners = [];
                    englishToJapanese.Add(en, partners);
                }

                for (var ja = jaStart; ja < jaStart + jaCount; ja++)
                {
                    partners.Add(ja);
                }
            }
        }

        int strict = 0, lax = 0, total = 0;
        foreach (var bead in predicted.Where(b => b.EnCount > 0 || b.JaCount > 0).Select(Identity).Distinct())
        {
            total++;
            if (references.Contains(bead))
            {
                strict++;
                lax++;
            }
            else if (SharesBothSides(bead, englishToJapanese))
            {
                lax++;
            }
        }

        return (strict, lax, total);
    }

    private static bool SharesBothSides((int EnStart, int EnCount, int JaStart, int JaCount) bead, Dictionary<int, HashSet<int>> englishToJapanese)
    {
        for (var en = bead.EnStart; en < bead.EnStart + bead.EnCount; en++)
        {
            if (englishToJapanese.TryGetValue(en, out var partners))
            {
                for (var ja = bead.JaStart; ja < bead.JaStart + bead.JaCount; ja++)
                {
                    if (partners.Contains(ja))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static double Divide(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
