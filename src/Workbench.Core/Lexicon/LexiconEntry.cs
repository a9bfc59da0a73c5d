namespace Workbench.Core.Lexicon;

/// <summary>One English word or phrase and one Japanese form that may render it.</summary>
public sealed record LexiconEntry(string English, string Japanese);
