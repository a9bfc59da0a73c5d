using Workbench.Core.Terminology;

namespace Workbench.Tui;

/// <summary>Where the terms panel gets the memory's inconsistency clusters (what <c>workbench terms</c> reports);
/// asked when the panel opens.</summary>
public interface ITermClusterSource
{
    IReadOnlyList<TermCluster> Clusters();
}
