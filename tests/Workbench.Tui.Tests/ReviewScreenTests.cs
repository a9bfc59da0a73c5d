using Terminal.Gui.Input;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Tui.Tests;

public sealed class ReviewScreenTests : IDisposable
{
    private const string LongJapanese =
        "北大西洋条約機構は、ロシアのウクライナ侵攻によって、冷戦終結以来もっとも深刻な核抑止の信頼性の危機に直面しており、同盟国は米国の拡大抑止の約束を改めて問い直している。";

    private readonly ReviewFixture fixture = ReviewFixture.Standard(LinkStatus.Auto, LinkStatus.Confirmed, LinkStatus.Rejected);

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void Pairs_show_a_header_and_English_left_Japanese_right_with_status_confidence_and_shape()
    {
        var lines = fixture.Session().Lines();

        Assert.Contains("conf", lines[1], StringComparison.Ordinal);
        Assert.Contains("en-ja", lines[1], StringComparison.Ordinal);
        Assert.Contains("English", lines[1], StringComparison.Ordinal);
        Assert.Contains("Japanese", lines[1], StringComparison.Ordinal);
        var first = lines.Single(line => line.Contains("Deterrence depends", StringComparison.Ordinal));
        Assert.StartsWith("▶ 1 ·  0.90 1-1", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Deterrence", StringComparison.Ordinal) < first.IndexOf("抑止は信頼性にかかっている。", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("  2 ✓  0.40 1-2", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("  3 ✗  0.30 1-0", StringComparison.Ordinal) && line.Contains("(no Japanese)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("  4 ·! 0.20 0-1", StringComparison.Ordinal) && line.Contains("(no English)", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_and_status_bar_show_position_progress_of_beads_needing_a_decision_and_hints_from_the_key_map()
    {
        var session = fixture.Session();
        session.Type("jj");

        var lines = session.Lines();

        Assert.StartsWith(" review: nato", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("bead 3 of 5", lines[0].TrimEnd(), StringComparison.Ordinal);
        Assert.StartsWith(" ✓1 ✗1 ·3 !1 40% of 5 │ c confirm x reject m merge s split u undo ? help q quit", lines[^1], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("▶ 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hand_shaped_bead_shows_as_edited_not_as_full_confidence()
    {
        var session = fixture.Session();
        session.Type("jm");

        var merged = session.Lines().Single(line => line.StartsWith("▶ 2", StringComparison.Ordinal));
        Assert.StartsWith("▶ 2 ·  edit 2-2", merged, StringComparison.Ordinal);
        session.Type("c");
        Assert.Contains(session.Lines(), line => line.StartsWith("  2 ✓  1.00 2-2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_row_marker_keeps_clear_of_numbers_past_99()
    {
        using var large = ReviewFixture.Large(150);
        var session = large.Session();
        session.Press(Keys.End);

        Assert.Contains(session.Lines(), line => line.StartsWith("▶ 150 ·!", StringComparison.Ordinal));
        Assert.Contains(session.Lines(), line => line.StartsWith("  149 ·!", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_hits_are_highlighted()
    {
        var session = fixture.Session();
        session.Type("/allies");
        session.Press(Keys.Enter);

        var runs = session.Window.LastFrame!.Lines.SelectMany(line => line.Runs).Where(run => run.Tone == Tone.SearchHit).ToList();
        Assert.Contains(runs, run => run.Text == "Allies");
        Assert.Equal(1, session.Cursor);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    [InlineData(200, 60)]
    public void Japanese_is_laid_out_by_display_width_with_aligned_columns(int width, int height)
    {
        using var japanese = ReviewFixture.Create(
            ["Deterrence depends on credibility.", "NATO faces the gravest crisis of nuclear credibility since the end of the Cold War."],
            ["抑止は信頼性にかかっている。", LongJapanese],
            [(1, 1, 0.9), (1, 1, 0.7)]);
        var session = japanese.Session(width: width, height: height);

        var lines = session.Lines();

        Assert.Equal(height, lines.Count);
        Assert.All(lines, line => Assert.Equal(width, Screen.Columns(line)));
        var beadRows = lines.Skip(1).Where(line => Screen.SeparatorColumn(line, 1) >= 0).ToList();
        Assert.True(beadRows.Count >= 3, "the long Japanese sentence wraps onto more rows");
        Assert.Single(beadRows.Select(line => Screen.SeparatorColumn(line, 0)).Distinct());
        Assert.Single(beadRows.Select(line => Screen.SeparatorColumn(line, 1)).Distinct());
        var shown = string.Concat(lines.Select(Screen.JapaneseCell));
        Assert.Contains(LongJapanese, shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Resizing_mid_session_relays_out_and_keeps_the_cursor_on_screen()
    {
        using var large = ReviewFixture.Large(300);
        var session = large.Session();
        session.Type("G");
        foreach (var (width, height) in new[] { (200, 60), (80, 24), (120, 30), (81, 25) })
        {
            session.Resize(width, height);
            var lines = session.Lines();
            Assert.Equal(height, lines.Count);
            Assert.All(lines, line => Assert.Equal(width, Screen.Columns(line)));
            Assert.Contains(lines, line => line.StartsWith("▶ 300", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Term_issues_of_the_current_pair_show_under_it_with_a_character_diff()
    {
        var session = fixture.Session(issues: new FixedIssues(new TermIssue("term-forbidden", "キーウ", "キエフ", "use the approved spelling")));

        var lines = session.Lines();

        Assert.Contains(lines, line => line.Contains("⚠ term-forbidden: expected キーウ, found キエフ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("diff: キ[-ー][-ウ][+エ][+フ]", StringComparison.Ordinal) || line.Contains("diff: キ[-ーウ][+エフ]", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_mode_marks_the_split_point_and_the_help_scrolls_at_80_columns()
    {
        var session = fixture.Session();
        session.Type("js");
        Assert.Contains(session.Lines(), line => line.Contains("── split here", StringComparison.Ordinal));
        Assert.Contains("Enter split Esc cancel", session.Lines()[^1], StringComparison.Ordinal);
        session.Press(Keys.Escape);

        session.Type("?");
        var top = session.Lines();
        Assert.Contains(top, line => line.Contains("next bead", StringComparison.Ordinal));
        for (var i = 0; i < 10; i++)
        {
            session.Press(Keys.PageDown);
        }

        var bottom = session.Lines();
        Assert.Contains(bottom, line => line.Contains("en-ja: how many English", StringComparison.Ordinal));
        Assert.Equal(ScreenMode.Help, session.Mode);
        session.Type("x");
        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal(1, session.Cursor);
    }

    private sealed class FixedIssues(params TermIssue[] issues) : ITermIssueSource
    {
        public IReadOnlyList<TermIssue> IssuesFor(AlignedPair pair) => pair.Link.Bead.EnStart == 0 ? issues : [];
    }
}
