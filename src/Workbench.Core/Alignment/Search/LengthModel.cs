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
        double english = evidence.EnglishLengths.Sum();
        double japanese = evidence.JapaneseLengths.Sum();
        var ratio = japanese > 0 ? english / japanese : options.MinLengthRatio;
        return new LengthModel(Math.Clamp(ratio, options.MinLengthRatio, options.MaxLengthRatio), options.LengthSigma, options.LengthSmoothingChars);
    }

    /// <summary>Median ratio and robust spread of the confidently aligned 1-1 pairs.</summary>
    public LengthModel Reestimate(DocumentEvidence evidence, IReadOnlyList<ScoredBead> beads, AlignerOptions options)
    {
        var smoothing = SmoothingChars;
        var logs = beads
            .Where(b => b.Bead is { EnCount: 1, JaCount: 1 } && b.Bead.Confidence >= options.ConfidentBead)
            .Select(b => Math.Log((evidence.EnglishLengths[b.Bead.EnStart] + smoothing) / (evidence.JapaneseLengths[b.Bead.JaStart] + smoothing)))
            .Order()
            .ToArray();
        if (logs.Length < options.MinPairsForReestimate)
        {
            return this;
        }

        var median = logs[logs.Length / 2];
        var deviations = logs.Select(l => Math.Abs(l - median)).Order().ToArray();
        const double madToSigma = 1.4826;
        var sigma = Math.Clamp(deviations[deviations.Length / 2] * madToSigma, options.MinLengthSigma, options.MaxLengthSigma);
        var ratio = Math.Clamp(Math.Exp(median), options.MinLengthRatio / 2, options.MaxLengthRatio * 2);
        return new LengthModel(ratio, sigma, SmoothingChars);
    }
}
