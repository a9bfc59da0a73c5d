namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// What the Japanese side matches katakana and kanji against, gathered from the English word forms alone: their consonant
/// skeletons, the index of those by deletion, and their romaji readings. A class, not a tuple: the task that builds it
/// then shares the precompiled reference-type instantiation instead of compiling one at run time.
/// </summary>
internal sealed class EnglishSkeletons(HashSet<string> skeletons, SkeletonNeighbours fuzzy, HashSet<string> readings)
{
    public HashSet<string> Skeletons { get; } = skeletons;

    public SkeletonNeighbours Fuzzy { get; } = fuzzy;

    public HashSet<string> Readings { get; } = readings;

    public static EnglishSkeletons Of(EnglishWordForms forms, AlignerOptions options)
    {
        var (skeletons, readings) = forms.SkeletonsAndReadings();
        return new EnglishSkeletons(skeletons, new SkeletonNeighbours(skeletons, options.FuzzySkeletonLength), readings);
    }
}
