using Workbench.Core.Documents;
using Workbench.Core.Terminology;
using Workbench.Tui;

namespace Workbench.Cli;

/// <summary>The review screen's term issues: the terminology checks that look at one pair, against the glossary.</summary>
public sealed class GlossaryTermIssues(TranslationChecker checker) : ITermIssueSource
{
    public IReadOnlyList<TermIssue> IssuesFor(AlignedPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var findings = new List<CheckFinding>();
        checker.CheckPair(pair, new FindingLocation(pair.Document, pair.Link.Bead.JaStart, null, null), findings);
        return findings
            .Select(finding => new TermIssue(finding.Rule.Id, finding.Expected ?? string.Empty, finding.Found ?? string.Empty, finding.Message))
            .ToList();
    }
}
