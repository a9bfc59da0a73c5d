using Terminal.Gui.Input;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Tui.Tests;

public sealed class InteractionTests : IDisposable
{
    private readonly ReviewFixture fixture = ReviewFixture.Standard();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void A_click_selects_the_bead_under_it_and_the_wheel_moves()
    {
        var session = fixture.Session();
        var lines = session.Lines();
        var row = lines.ToList().FindIndex(line => line.StartsWith("  4 ", StringComparison.Ordinal));
        Assert.True(row > 0);

        session.Mouse(30, row, MouseFlags.LeftButtonPressed);
        Assert.Equal(3, session.Cursor);
        session.Mouse(30, row, MouseFlags.WheeledDown);
        Assert.Equal(4, session.Cursor);
        session.Mouse(30, row, MouseFlags.WheeledUp);
        session.Mouse(30, row, MouseFlags.WheeledUp);
        Assert.Equal(2, session.Cursor);
    }

    [Fact]
    public void E_edits_a_sentence_with_history_and_u_undoes_it_leaving_the_links_alone()
    {
        var session = fixture.Session();
        var before = fixture.Shapes(session);

        session.Type("e");
        Assert.Equal(ScreenMode.Form, session.Mode);
        session.Press(Keys.End);
        session.Type(" Really.");
        session.Press(Keys.Enter);

        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal("Deterrence depends on credibility. Really.", fixture.Memory.GetSegments(fixture.Document.Id, Language.English)[0].Text);
        Assert.Equal("saved: edit English sentence 1", session.Message);
        Assert.Contains(session.Lines(), line => line.Contains("Really.", StringComparison.Ordinal));
        Assert.Equal(before, fixture.Shapes(session));

        session.Type("u");
        Assert.Equal("Deterrence depends on credibility.", fixture.Memory.GetSegments(fixture.Document.Id, Language.English)[0].Text);
        Assert.Equal("Deterrence depends on credibility.", session.Session.English[0].Text);
        session.Press(Keys.ControlR);
        Assert.Equal("Deterrence depends on credibility. Really.", fixture.Memory.GetSegments(fixture.Document.Id, Language.English)[0].Text);
        Assert.Equal(before, fixture.Shapes(session));
    }

    [Fact]
    public void Tab_in_the_text_form_moves_to_the_next_sentence_and_Esc_cancels()
    {
        var session = fixture.Session();
        session.Type("je");
        session.Press(Keys.Tab);
        Assert.Contains(session.Lines(), line => line.Contains("Japanese sentence 2:", StringComparison.Ordinal));
        session.Press(Keys.Escape);

        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal("edit cancelled", session.Message);
        Assert.Equal("同盟国は米国の約束を疑っている。", fixture.Memory.GetSegments(fixture.Document.Id, Language.Japanese)[1].Text);
    }

    [Fact]
    public void A_adds_a_glossary_entry_with_forbidden_variants()
    {
        var session = fixture.Session();

        session.Type("a");
        session.Type("extended deterrence");
        session.Press(Keys.Tab);
        session.Type("拡大抑止 ! 核の傘");
        session.Press(Keys.Enter);

        var entry = Assert.Single(fixture.Memory.GetGlossary());
        Assert.Equal("extended deterrence", entry.English);
        Assert.Equal(["拡大抑止"], entry.Approved);
        Assert.Equal(["核の傘"], entry.Forbidden);
        Assert.StartsWith("added to the glossary: extended deterrence", session.Message, StringComparison.Ordinal);
        Assert.Equal(ScreenMode.Normal, session.Mode);
    }

    [Fact]
    public void The_terms_panel_lists_clusters_and_Enter_jumps_to_the_occurrence()
    {
        var cluster = new TermCluster(
            "nuclear posture",
            TermClusterKind.KatakanaSpelling,
            [
                new TermVariant("核態勢", 1, [new TermLocation("nato", 4)]),
                new TermVariant("核体制", 1, [new TermLocation("other", 0)]),
            ],
            0.9,
            "English \"nuclear posture\"");
        var session = fixture.Session(clusters: new FixedClusters(cluster));

        session.Type("t");
        Assert.Equal(ScreenMode.Terms, session.Mode);
        Assert.Contains(session.Lines(), line => line.Contains("nuclear posture: 核態勢 ×1 / 核体制 ×1", StringComparison.Ordinal));
        Assert.Equal(4, session.Cursor);
        session.Press(Keys.Enter);

        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal(4, session.Cursor);
    }

    [Fact]
    public void A_click_on_a_finding_in_the_terms_panel_jumps_to_its_segment_like_Enter()
    {
        var cluster = new TermCluster(
            "doubt",
            TermClusterKind.SharedStem,
            [
                new TermVariant("疑って", 1, [new TermLocation("nato", 1)]),
                new TermVariant("疑念", 1, [new TermLocation("nato", 2)]),
                new TermVariant("注記", 1, [new TermLocation("nato", 3)]),
            ],
            0.9,
            "English \"doubt\"");
        var session = fixture.Session(height: 30, clusters: new FixedClusters(cluster));
        session.Type("t");
        Assert.Equal(1, session.Cursor);

        var lines = session.Lines().ToList();
        var row = lines.FindIndex(line => line.Contains("注記  — Japanese sentence 4", StringComparison.Ordinal));
        Assert.True(row > 0);
        session.Mouse(10, row, MouseFlags.LeftButtonPressed);

        Assert.Equal(3, session.Cursor);
        Assert.Equal("注記  — Japanese sentence 4 (bead 4)", session.Message);
        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.DoesNotContain(session.Lines(), line => line.Contains("Terms: inconsistent renderings", StringComparison.Ordinal));
        Assert.Single(session.Lines(), line => line.Contains("Japanese sentence 4", StringComparison.Ordinal));
    }

    [Fact]
    public void C_confirms_a_run_of_one_sided_beads_as_one_edit()
    {
        using var tail = ReviewFixture.Create(
            ["Only the lead was translated."],
            ["リードだけが訳された。", "訳注一。", "訳注二。", "訳注三。"],
            [(1, 1, 0.9), (0, 1, 0.95), (0, 1, 0.95), (0, 1, 0.95)]);
        var session = tail.Session();

        Assert.Equal(1, session.Counts.NeedingDecision);
        session.Type("n");
        Assert.Equal("no bead below needs a decision", session.Message);
        session.Type("jC");

        Assert.All(tail.Memory.GetLinks(tail.Document.Id).Skip(1), link => Assert.Equal(LinkStatus.Confirmed, link.Status));
        Assert.Equal("saved: confirm beads 2-4 (no English)", session.Message);
        session.Type("u");
        Assert.All(tail.Memory.GetLinks(tail.Document.Id).Skip(1), link => Assert.Equal(LinkStatus.Auto, link.Status));
    }

    private sealed class FixedClusters(params TermCluster[] clusters) : ITermClusterSource
    {
        public IReadOnlyList<TermCluster> Clusters() => clusters;
    }
}
