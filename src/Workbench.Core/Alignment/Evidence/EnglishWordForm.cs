namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// What one English word form brings as evidence (<see cref="EnglishWordForms"/>): its stem, its lexicon key (-1: none),
/// the names and weights of its other keys in the order they are numbered (Latin token, skeleton, romaji readings), and
/// the skeleton and readings the Japanese side is matched against.
/// </summary>
internal sealed record EnglishWordForm(
    string Stem,
    int LexiconKey,
    (string Name, double Weight)[] Keys,
    bool IsContentWord,
    string? Skeleton,
    string[] Readings);
