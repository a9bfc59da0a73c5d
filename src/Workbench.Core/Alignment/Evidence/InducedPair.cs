namespace Workbench.Core.Alignment.Evidence;

/// <summary>An English word and the Japanese string <see cref="LexiconInducer"/> learnt for it.</summary>
internal sealed record InducedPair(string English, string Japanese);
