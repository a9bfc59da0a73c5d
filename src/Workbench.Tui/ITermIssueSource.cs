using Workbench.Core.Documents;

namespace Workbench.Tui;

/// <summary>
/// Where the review screen gets the term issues it shows under the current pair. The CLI plugs the terminology
/// checker's single-pair checks in here; it is asked for the current pair only, once per redraw, so it must be quick for one pair.
/// </summary>
public interface ITermIssueSource
{
    IReadOnlyList<TermIssue> IssuesFor(AlignedPair pair);
}
