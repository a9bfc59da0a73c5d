using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Tests;

public sealed class GlossaryTermIssuesTests
{
    [Fact]
    public void A_forbidden_variant_becomes_a_term_issue_with_expected_and_found()
    {
        var checker = new TranslationChecker([new GlossaryEntry("Kyiv", ["キーウ"], null, ["キエフ"])], CheckOptions.Default);
        var pair = new AlignedPair(
            "essay",
            new AlignmentLink(new Bead(0, 1, 0, 1, 0.9), LinkStatus.Auto, DateTimeOffset.UnixEpoch),
            [new Segment(0, 0, 1, "Russia attacked Kyiv.")],
            [new Segment(0, 0, 1, "ロシアはキエフを攻撃した。")]);

        var issues = new GlossaryTermIssues(checker).IssuesFor(pair);

        var forbidden = Assert.Single(issues, issue => issue.Term == CheckRules.TermForbidden.Id);
        Assert.Equal(("キーウ", "キエフ"), (forbidden.Expected, forbidden.Found));
        Assert.Contains("forbidden variant", forbidden.Note, StringComparison.Ordinal);
        Assert.All(issues, issue => Assert.Equal("キーウ", issue.Expected));
    }
}
