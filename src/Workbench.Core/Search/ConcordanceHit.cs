using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>A pair containing the searched text, with where it occurs in <see cref="AlignedPair.EnglishText"/> and
/// <see cref="AlignedPair.JapaneseText"/>.</summary>
public sealed record ConcordanceHit(AlignedPair Pair, IReadOnlyList<TextSpan> EnglishSpans, IReadOnlyList<TextSpan> JapaneseSpans);
