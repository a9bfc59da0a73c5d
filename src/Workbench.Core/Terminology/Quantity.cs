namespace Workbench.Core.Terminology;

/// <summary>A number found in text: its value (scales applied: 1.7 trillion = 1.7e12) and the text it came from.</summary>
public sealed record Quantity(double Value, string Text)
{
    /// <summary>Equal up to floating-point noise (1兆7000億 and 1.7 trillion are the same quantity).</summary>
    public bool SameValue(double other) => Math.Abs(Value - other) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(Value), Math.Abs(other)));
}
