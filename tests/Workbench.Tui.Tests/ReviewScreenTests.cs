using Spectre.Console;
using Workbench.Core.Documents;

namespace Workbench.Tui.Tests;

public sealed class ReviewScreenTests : IDisposable
{
    private const string LongJapanese =
        "北大西洋条約機構は、ロシアのウクライナ侵攻によって、冷戦終結以来もっとも深刻な核抑止の信頼性の危機に直面しており、同盟国は米国の拡大抑止の約束を改めて問い直している。";

    private readonly ReviewFixture fixture = ReviewFixture.Standard(LinkStatus.Auto, LinkStatus.Confirmed, LinkStatus.Rejected);

    public void Dispose() => fixture.Dispose();

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    [InlineData(200, 50)]
    public void Every_line_fills_the_terminal_width_exactly(int width, int height)
    {
        var lines = Screen.Plain(new ReviewScreen(null).Render(fixture.Session(), width, height));

        Assert.Equal(height, lines.Count);
        Assert.All(lines, line => Assert.Equal(width, Screen.Columns(line)));
    }

    [Fact]
    public void Pairs_show_English_left_and_Japanese_right_with_status_confidence_and_shape()
    {
        var lines = Screen.Plain(new ReviewScreen(null).Render(fixture.Session(), 80, 24));

        var first = lines.Single(line => line.Contains("Deterrence depends", StringComparison.Ordinal));
        Assert.StartsWith("▶1 ·  0.90 1-1", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Deterrence", StringComparison.Ordinal) < first.IndexOf("抑止は信頼性にかかっている。", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith(" 2 ✓  0.40 1-2", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith(" 3 ✗  0.30 1-0", StringComparison.Ordinal) && line.Contains("(no Japanese)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith(" 4 ·! 0.20 0-1", StringComparison.Ordinal) && line.Contains("(no English)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("その疑念は深い。", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_and_status_bar_show_position_counts_and_key_hints()
    {
        var session = fixture.Session();
        session.Type("jj");

        var lines = Screen.Plain(new ReviewScreen(null).Render(session, 80, 24));

        Assert.StartsWith(" review: nato", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("bead 3 of 5 ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(" ✓1 ✗1 ·3 !1 40% │ c confirm x reject m merge", lines[^1], StringComparison.Ordinal);
        Assert.Contains("q quit", lines[^1], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("▶3", StringComparison.Ordinal));
    }

    [Fact]
    public void The_current_bead_is_highlighted_in_colour()
    {
        var frame = new ReviewScreen(null).Render(fixture.Session(), 80, 24);
        var ansi = new FrameWriter(ColorSystemSupport.TrueColor, ansi: true).ToTerminal(frame);

        Assert.Contains(frame.Lines, line => line.Contains(Palette.CurrentRow, StringComparison.Ordinal) && line.Contains("Deterrence", StringComparison.Ordinal));
        Assert.DoesNotContain(frame.Lines, line => line.Contains(Palette.CurrentRow, StringComparison.Ordinal) && line.Contains("Allies", StringComparison.Ordinal));
        Assert.Contains("\u001b[1;1H", ansi, StringComparison.Ordinal);
        Assert.Contains("\u001b[24;1H", ansi, StringComparison.Ordinal);
        Assert.Contains("48;5;237m", ansi, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_Japanese_wraps_by_display_width_at_80_columns_and_stays_whole_when_wide()
    {
        using var document = ReviewFixture.Create(["NATO faces a crisis."], [LongJapanese], [(1, 1, 0.9)]);

        var narrow = Screen.Plain(new ReviewScreen(null).Render(document.Session(), 80, 24));
        var cells = narrow.Skip(1).Take(21).Select(Screen.JapaneseCell).Where(cell => cell.Length > 0).ToList();
        Assert.True(cells.Count > 3, "the sentence should need several lines at 80 columns");
        Assert.Equal(LongJapanese, string.Concat(cells));
        Assert.All(cells, cell => Assert.InRange(Screen.Columns(cell), 1, 31));
        Assert.DoesNotContain(cells, cell => cell.StartsWith('、') || cell.StartsWith('。'));

        var wide = Screen.Plain(new ReviewScreen(null).Render(document.Session(), 400, 24));
        Assert.Contains(wide, line => line.Contains(LongJapanese, StringComparison.Ordinal));
    }

    [Fact]
    public void Resizing_renders_each_size_and_keeps_the_cursor_on_screen()
    {
        using var large = ReviewFixture.Large(300);
        var session = large.Session();
        var screen = new ReviewScreen(null);
        session.Type(new string('j', 40));

        foreach (var (width, height) in new[] { (80, 24), (160, 50), (80, 10), (100, 30) })
        {
            var lines = Screen.Plain(screen.Render(session, width, height));
            Assert.Equal(height, lines.Count);
            Assert.All(lines, line => Assert.Equal(width, Screen.Columns(line)));
            Assert.Contains(lines, line => line.StartsWith("▶ 41", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Moving_past_the_bottom_scrolls_and_page_size_follows_the_frame()
    {
        using var large = ReviewFixture.Large(20_000);
        var session = large.Session();
        var screen = new ReviewScreen(null);
        screen.Render(session, 80, 24);
        var pageSize = session.Viewport.PageSize;
        Assert.InRange(pageSize, 3, 21);

        session.HandleKey(Keys.PageDown);
        var lines = Screen.Plain(screen.Render(session, 80, 24));
        Assert.Contains(lines, line => line.StartsWith($"▶{pageSize + 1,5}", StringComparison.Ordinal));

        session.Type("G");
        lines = Screen.Plain(screen.Render(session, 80, 24));
        Assert.EndsWith("bead 20000 of 20000 ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("▶20000", StringComparison.Ordinal));
        Assert.DoesNotContain(lines.Skip(1).Take(21), line => line.Trim().Length == 0);
    }

    [Fact]
    public void Term_issues_of_the_current_pair_show_under_it_with_a_character_diff()
    {
        var issues = new FakeTermIssues(pair => pair.JapaneseText.Contains("抑止", StringComparison.Ordinal)
            ? [new TermIssue("deterrence", "抑止力", "抑制力", "glossary"), new TermIssue("credibility", "信頼性", string.Empty, null), new TermIssue("untranslated", string.Empty, string.Empty, "no Japanese")]
            : []);
        var session = fixture.Session();

        var lines = Screen.Plain(new ReviewScreen(issues).Render(session, 80, 24));

        var issueRow = lines.ToList().FindIndex(line => line.Contains("⚠ deterrence: expected 抑止力, found 抑制力 — glossary", StringComparison.Ordinal));
        Assert.True(issueRow > 1, "the issue line should follow the pair");
        Assert.Contains("diff: 抑[-止][+制]力", lines[issueRow + 1], StringComparison.Ordinal);
        Assert.Contains("⚠ credibility: expected 信頼性, found (missing)", lines[issueRow + 2], StringComparison.Ordinal);
        Assert.Contains("diff: [-信頼性]", lines[issueRow + 3], StringComparison.Ordinal);
        Assert.Contains("⚠ untranslated — no Japanese", lines[issueRow + 4], StringComparison.Ordinal);
        Assert.Contains("Allies doubt", lines[issueRow + 5], StringComparison.Ordinal);

        session.Type("j");
        Assert.DoesNotContain(Screen.Plain(new ReviewScreen(issues).Render(session, 80, 24)), line => line.Contains('⚠', StringComparison.Ordinal));
    }

    [Fact]
    public void Split_mode_marks_the_split_point_on_both_sides_and_search_shows_the_query()
    {
        var session = fixture.Session();
        session.Type("js");

        var lines = Screen.Plain(new ReviewScreen(null).Render(session, 80, 24));
        var markers = lines.Sum(line => line.Split("── split here").Length - 1);
        Assert.Equal(2, markers);
        Assert.Contains("[ ] English", lines[^1], StringComparison.Ordinal);

        session.HandleKey(Keys.Escape);
        session.Type("/疑念");
        lines = Screen.Plain(new ReviewScreen(null).Render(session, 80, 24));
        Assert.StartsWith("/疑念", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_keys_and_a_tiny_terminal_gets_a_notice()
    {
        var session = fixture.Session();
        session.Type("?");

        var help = Screen.Plain(new ReviewScreen(null).Render(session, 80, 24));
        Assert.Contains(help, line => line.Contains("u / Ctrl-R", StringComparison.Ordinal));
        Assert.Contains(help, line => line.Contains("} / {", StringComparison.Ordinal));

        var tiny = Screen.Plain(new ReviewScreen(null).Render(session, 30, 5));
        Assert.StartsWith("Terminal too small", tiny[0], StringComparison.Ordinal);
        Assert.All(tiny, line => Assert.Equal(30, Screen.Columns(line)));
    }

    private sealed class FakeTermIssues(Func<AlignedPair, IReadOnlyList<TermIssue>> find) : ITermIssueSource
    {
        public IReadOnlyList<TermIssue> IssuesFor(AlignedPair pair) => find(pair);
    }
}
