namespace Workbench.Core.Alignment;

/// <summary>Strict and lax precision, recall and F1 of predicted beads against gold beads.</summary>
public sealed record AlignmentScore(
    double PrecisionStrict,
    double RecallStrict,
    double F1Strict,
    double PrecisionLax,
    double RecallLax,
    double F1Lax,
    int PredictedBeads,
    int GoldNonNullBeads)
{
    public override string ToString() =>
        FormattableString.Invariant(
            $"strict P {PrecisionStrict:0.000} R {RecallStrict:0.000} F1 {F1Strict:0.000} | lax P {PrecisionLax:0.000} R {RecallLax:0.000} F1 {F1Lax:0.000}");
}
