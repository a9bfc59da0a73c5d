using Workbench.Core.Documents;
using Workbench.Core.Storage;
using Workbench.Core.Terminology;
using Workbench.Tui;

namespace Workbench.Cli;

/// <summary>The review's terms panel: what <c>workbench terms</c> finds in the memory, detected when asked.</summary>
public sealed class MemoryTermClusters(ITranslationMemory memory) : ITermClusterSource
{
    public IReadOnlyList<TermCluster> Clusters()
    {
        var query = new PairQuery([], [LinkStatus.Auto, LinkStatus.Confirmed], IncludeNullBeads: true);
        return new TermInconsistencyDetector(TermDetectionOptions.Default, JmdictTermDictionary.Full).Detect(memory.StreamPairs(query));
    }
}
