namespace Workbench.Core.Terminology;

/// <summary>A glossary rendering found in Japanese text.</summary>
/// <param name="Entry">Index of the entry in <see cref="GlossaryMatcher.Entries"/>.</param>
/// <param name="Start">Start in the normalised text.</param>
/// <param name="Length">Length in the normalised text.</param>
/// <param name="Found">The text as written in the original.</param>
public sealed record GlossaryMatch(int Entry, GlossaryMatchKind Kind, int Start, int Length, string Found);
