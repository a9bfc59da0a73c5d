using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Alignment.Search;

/// <summary>What a linking bead's prior cost (<see cref="RowPrior"/>) reads of one document: both sides' spans, line
/// kinds and character prefix sums, the English glued headings, and this document's sentence-count cost.</summary>
internal sealed class PriorFacts
{
    public required SpanFacts EnglishSpans { get; init; }

    public required SpanFacts JapaneseSpans { get; init; }

    public required LineKind[] EnglishKinds { get; init; }

    public required LineKind[] JapaneseKinds { get; init; }

    /// <summary>Prefix sums of the lines' lengths (count + 1 entries).</summary>
    public required int[] EnglishChars { get; init; }

    public required int[] JapaneseChars { get; init; }

    public required bool[] EnglishGluedHeadings { get; init; }

    /// <summary>Whether the last English line stops mid-sentence (<see cref="DocumentEvidence.EnglishEndsUnfinished"/>).</summary>
    public required bool EnglishEndsUnfinished { get; init; }

    /// <summary>Cost per sentence of difference between the two sides of a bead, in this document.</summary>
    public required double SentenceDifferenceCost { get; init; }

    public required AlignerOptions Options { get; init; }
}
