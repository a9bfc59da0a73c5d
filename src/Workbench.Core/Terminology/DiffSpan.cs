namespace Workbench.Core.Terminology;

/// <summary>A run of characters that both texts share, or that only the expected (Removed) or found (Added) text has.</summary>
public sealed record DiffSpan(DiffSpanKind Kind, string Text);
