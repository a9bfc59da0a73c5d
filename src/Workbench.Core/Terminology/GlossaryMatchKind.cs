namespace Workbench.Core.Terminology;

/// <summary>Which list of a glossary entry a Japanese match came from.</summary>
public enum GlossaryMatchKind
{
    Approved,
    Forbidden,
}
