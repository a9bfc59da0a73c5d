namespace Workbench.Core.Formats.Tmx;

/// <summary>A <c>&lt;prop type="..."&gt;value&lt;/prop&gt;</c> of a header, unit or variant.</summary>
public sealed record TmxProperty(string Type, string Value);
