namespace Workbench.Tui;

/// <summary>A terminology problem in one pair: the glossary expects <paramref name="Expected"/> for
/// <paramref name="Term"/> but the translation has <paramref name="Found"/> (empty when the term is missing).
/// With no <paramref name="Expected"/> there is nothing to diff and only the note is shown.</summary>
/// <param name="Note">Optional extra explanation from the checker.</param>
public sealed record TermIssue(string Term, string Expected, string Found, string? Note);
