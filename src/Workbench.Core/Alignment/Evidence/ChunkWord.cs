namespace Workbench.Core.Alignment.Evidence;

/// <summary>One English word form as a chunk reads it: its stem, the ids of its keys in the chunk, and whether it is a content word.</summary>
internal readonly record struct ChunkWord(string Stem, int[] Keys, bool IsContentWord);
