using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Alignment.Search;

/// <summary>
/// How many English characters one Japanese character becomes in this document, and how much a true pair strays
/// from that: the cost of a pair is the Gaussian negative log density of its log length ratio.
/// </summary>
internal readonly record struct LengthModel(double Ratio, double Sigma, double SmoothingChars)
{
    public double Cost(int englishChars, int japaneseChars)
    {
        var deviation = Math.Log((englishChars + SmoothingChars) / (Ratio * (japaneseChars + SmoothingChars))) / Sigma;
        return deviation * deviation / 2;
    }

    /// <summary>ln <see cref="Ratio"/>, kept so the dynamic programme takes no logarithm.</summary>
    public double LogRatio { get; } = Math.Log(Ratio);

    public double InverseSigma { get; } = 1 / Sigma;

    /// <summary>The same cost from ln(English chars + smoothing) and ln(Japanese chars + smoothing).</summary>
    public double CostOfLogs(double logEnglish, double logJapanese)
    {
        var deviation = (logEnglish - logJapanese - LogRatio) * InverseSigma;
        return deviation * deviation / 2;
    }

    /// <summary>The raw document ratio is useless on a partial original, so it is only a clamped first guess.</summary>
    public static LengthModel FirstGuess(DocumentEvidence evidence, AlignerOptions options)
    {
        double english = Total(evidence.EnglishLengths);
        double japanese = Total(evidence.JapaneseLengths);
        var ratio = japanese > 0 ? english / japanese : options.MinLengthRatio;
        return new LengthModel(Math.Clamp(ratio, options.MinLengthRatio, options.MaxLengthRatio), options.LengthSigma, options.LengthSmoothingChars);
    }

    /// <summary>Median ratio and robust spread of the confidently aligned 1-1 pairs.</summary>
    public LengthModel Reestimate(DocumentEvidence evidence, IReadOnlyList<ScoredBead> beads, AlignerOptions options)
    {
        // Loops and Array.Sort rather than LINQ: its instantiations over these types are compiled at run time (a
        // ReadyToRun build does not hold them), which a small document would pay for on every run.
        var smoothing = SmoothingChars;
        // Arrays and a plain selection for the same reason: List<double> and Sort<double> were compiled at run time.
        var count = 0;
        foreach (var scored in beads)
        {
            count += IsConfidentPair(scored.Bead, options) ? 1 : 0;
        }

        if (count < options.MinPairsForReestimate)
        {
            return this;
        }

        var ratios = new double[count];
        count = 0;
        foreach (var scored in beads)
        {
            var b = scored.Bead;
            if (IsConfidentPair(b, options))
            {
                ratios[count++] = Math.Log((evidence.EnglishLengths[b.EnStart] + smoothing) / (evidence.JapaneseLengths[b.JaStart] + smoothing));
            }
        }

        var median = SelectFinite(ratios, ratios.Length / 2);
        var deviations = new double[ratios.Length];
        for (var k = 0; k < ratios.Length; k++)
        {
            deviations[k] = Math.Abs(ratios[k] - median);
        }

        const double madToSigma = 1.4826;
        var sigma = Math.Clamp(SelectFinite(deviations, deviations.Length / 2) * madToSigma, options.MinLengthSigma, options.MaxLengthSigma);
        var ratio = Math.Clamp(Math.Exp(median), options.MinLengthRatio / 2, options.MaxLengthRatio * 2);
        return new LengthModel(ratio, sigma, SmoothingChars);
    }

    /// <summary>
    /// The value at index <paramref name="k"/> of <paramref name="values"/> sorted ascending (finite doubles), found by
    /// quickselect, which reorders them: the median needs one value, not the order of all (a heap sort of the 40k
    /// document's pairs took a few ms on the critical path). Hand-written: every generic sort or selection of doubles
    /// was compiled at run time in a ReadyToRun build. Equal values are interchangeable (−0 and +0 give the same medians
    /// and deviations here).
    /// </summary>
    internal static double SelectFinite(double[] values, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);
        var (low, high) = (0, values.Length - 1);
        while (low < high)
        {
            // Hoare partition around the middle value: [low, j] ≤ pivot ≤ [i, high], and what lies between equals it.
            var pivot = values[low + ((high - low) / 2)];
            var (i, j) = (low, high);
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                high = j;
            }
            else if (k >= i)
            {
                low = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    private static bool IsConfidentPair(Bead b, AlignerOptions options) =>
        b is { EnCount: 1, JaCount: 1 } && b.Confidence >= options.ConfidentBead;

    private static long Total(int[] values)
    {
        long total = 0;
        foreach (var value in values)
        {
            total += value;
        }

        return total;
    }
}
