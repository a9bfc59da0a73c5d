namespace Workbench.Core.Tests.Support;

/// <summary>
/// Sentence-boundary precision, recall and F1. Whitespace is ignored: a boundary is the offset, in the text with all
/// whitespace removed, where a sentence ends. Only boundaries strictly inside the stretch the gold covers count, so a
/// source longer than its gold (or the trivial boundary at the very end) neither helps nor hurts.
/// </summary>
internal sealed record BoundaryScore(int Gold, int Found, int Correct)
{
    public double Precision => Found == 0 ? 1 : (double)Correct / Found;

    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static BoundaryScore Compare(IReadOnlyList<string> gold, IReadOnlyList<string> found)
    {
        var goldText = string.Concat(gold.Select(WithoutWhitespace));
        var foundText = string.Concat(found.Select(WithoutWhitespace));
        Assert.True(
            foundText.StartsWith(goldText, StringComparison.Ordinal),
            "the segmented text does not start with the gold text (whitespace ignored): the gold belongs to another text");
        var goldBoundaries = Boundaries(gold, goldText.Length);
        var foundBoundaries = Boundaries(found, goldText.Length);
        return new BoundaryScore(goldBoundaries.Count, foundBoundaries.Count, goldBoundaries.Intersect(foundBoundaries).Count());
    }

    public override string ToString() =>
        FormattableString.Invariant($"P={Precision:0.0000} R={Recall:0.0000} F1={F1:0.0000} (gold {Gold}, found {Found}, correct {Correct})");

    private static HashSet<int> Boundaries(IReadOnlyList<string> sentences, int coveredLength)
    {
        var boundaries = new HashSet<int>();
        var offset = 0;
        foreach (var sentence in sentences)
        {
            offset += WithoutWhitespace(sentence).Length;
            if (offset < coveredLength)
            {
                boundaries.Add(offset);
            }
        }

        return boundaries;
    }

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
