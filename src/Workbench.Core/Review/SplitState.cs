using Workbench.Core.Documents;

namespace Workbench.Core.Review;

/// <summary>The split being chosen: how many sentences of each side stay in the first half, and which side the
/// arrow keys move.</summary>
public sealed record SplitState(int EnglishSplit, int JapaneseSplit, Language ActiveSide);
