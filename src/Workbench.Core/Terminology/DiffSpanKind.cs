namespace Workbench.Core.Terminology;

public enum DiffSpanKind
{
    Same,
    Removed,
    Added,
}
