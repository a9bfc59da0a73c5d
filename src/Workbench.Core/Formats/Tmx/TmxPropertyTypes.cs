namespace Workbench.Core.Formats.Tmx;

/// <summary>The <c>&lt;prop type="..."&gt;</c> names Workbench writes on each unit; user-defined types start with
/// <c>x-</c> as TMX 1.4b asks.</summary>
public static class TmxPropertyTypes
{
    public const string Document = "x-document";

    public const string Confidence = "x-confidence";

    public const string Status = "x-status";
}
