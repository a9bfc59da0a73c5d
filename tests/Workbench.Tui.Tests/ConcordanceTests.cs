using Terminal.Gui.Input;

namespace Workbench.Tui.Tests;

/// <summary>The concordance panel: <c>/</c> over the reviewed document, <c>f</c> over the whole memory through its
/// search index, on a real (in-memory) SQLite memory holding two documents.</summary>
public sealed class ConcordanceTests : IDisposable
{
    private const string LongJapanese =
        "誰にとっても、いつの時代にも、どの同盟においても、そして予見しうるあらゆる将来においても、さらに平時においても有事においても、拡大抑止は高くつく。";

    private const string LongEnglish =
        "Kyiv asked again and again, in public and in private, for the kind of extended deterrence that its western neighbours enjoy.";

    private readonly ReviewFixture fixture;

    public ConcordanceTests()
    {
        fixture = ReviewFixture.Create(
            ["Extended deterrence depends on credibility.", "Allies doubt the American promise.", "The treaty is old.", "Extended deterrence is costly for everyone."],
            ["拡大抑止は信頼性にかかっている。", "同盟国は米国の約束を疑っている。", "条約は古い。", LongJapanese],
            [(1, 1, 0.9), (1, 1, 0.8), (1, 1, 0.7), (1, 1, 0.6)]);
        ReviewFixture.Create([LongEnglish, "Nothing else."], ["キーウは西側の隣国が享受するような拡大抑止を繰り返し求めた。", "他には何もない。"], [(1, 1, 0.9), (1, 1, 0.9)], memory: fixture.Memory, name: "kyiv");
    }

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void Slash_jumps_to_the_next_match_and_lists_every_match_of_the_document_with_its_other_side()
    {
        var session = fixture.Session();

        session.Type("/deterrence");
        session.Press(Keys.Enter);

        Assert.Equal(ScreenMode.Concordance, session.Mode);
        Assert.Equal(3, session.Cursor);
        Assert.Equal("\"deterrence\" found in bead 4", session.Message);
        Assert.Equal("\"deterrence\" in this document: 2 hits (Enter jumps, Esc closes)", session.Window.ConcordanceTitle);
        var panel = Panel(session);
        Assert.Contains(panel, line => line.Contains("1. bead 1 · en 1 · ja 1 · auto", StringComparison.Ordinal));
        Assert.Contains(panel, line => line.StartsWith("▶ 2. bead 4 · en 4 · ja 4", StringComparison.Ordinal));
        Assert.Contains(panel, line => line.Contains("ja │ 拡大抑止は信頼性にかかっている。", StringComparison.Ordinal));
        Assert.DoesNotContain(panel, line => line.Contains("kyiv", StringComparison.Ordinal));
        Assert.Equal(2, HitRuns(session).Count(run => run.Text.Equals("deterrence", StringComparison.OrdinalIgnoreCase)));

        session.Type("k");
        Assert.Equal(0, session.Cursor);
        session.Press(Keys.Enter);

        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal(0, session.Cursor);
        Assert.Equal("\"deterrence\" in bead 1", session.Message);
        Assert.Null(session.Window.ConcordanceFrame);
    }

    [Fact]
    public void Japanese_is_found_normalised_and_a_long_sentence_keeps_its_hit_in_view_by_display_width()
    {
        var session = fixture.Session(width: 80, height: 30);

        session.Type("/抑止");
        session.Press(Keys.Enter);
        session.Type("k");

        // Bead 4's Japanese is far wider than the panel: its one line starts with an ellipsis and still shows the hit.
        var frame = session.Window.ConcordanceFrame!;
        Assert.All(frame.Lines, line => Assert.Equal(frame.Width, Screen.Columns(line.Text)));
        var context = frame.Lines.Single(line => line.Text.StartsWith("  ja │ …", StringComparison.Ordinal));
        Assert.Contains(context.Runs, run => run.Tone == Tone.SearchHit && run.Text == "抑止");
        Assert.Contains("拡大抑止は高く", context.Text, StringComparison.Ordinal);
        Assert.All(session.Lines(), line => Assert.Equal(80, Screen.Columns(line)));

        // Selected, the same pair is shown whole, wrapped by display width.
        session.Type("j");
        frame = session.Window.ConcordanceFrame!;
        var rows = frame.Lines.Where(line => line.Current && line.Text.StartsWith("  ja │ ", StringComparison.Ordinal)).Select(line => line.Text[7..].TrimEnd()).ToList();
        Assert.True(rows.Count >= 2);
        Assert.Equal(LongJapanese, string.Concat(rows));
        Assert.All(frame.Lines, line => Assert.Equal(frame.Width, Screen.Columns(line.Text)));
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void F_searches_the_whole_memory_and_a_hit_of_another_document_is_shown_read_only_with_the_command_to_open_it(int width, int height)
    {
        var session = fixture.Session(width: width, height: height, reviewCommand: name => $"workbench review --db t.db --doc {name}");

        session.Type("f");
        Assert.Equal(ScreenMode.Search, session.Mode);
        Assert.Contains(session.Lines(), line => line.Contains("find in the whole memory:", StringComparison.Ordinal));
        session.Type("extended deterrence");
        session.Press(Keys.Enter);

        Assert.Equal(ScreenMode.Concordance, session.Mode);
        Assert.Equal("\"extended deterrence\": 3 pairs in the memory, 2 in this document", session.Message);
        Assert.Contains(Panel(session), line => line.Contains(". kyiv · en 1 · ja 1 · auto", StringComparison.Ordinal));
        Assert.All(session.Lines(), line => Assert.Equal(width, Screen.Columns(line)));

        // Hits are listed confirmed first, then newest first; find the other document's wherever it stands.
        foreach (var step in "kkkjjj")
        {
            if (!SelectedHeading(session).Contains("kyiv", StringComparison.Ordinal))
            {
                session.Type(step.ToString());
            }
        }

        Assert.Contains("kyiv", SelectedHeading(session), StringComparison.Ordinal);
        var cursor = session.Cursor;
        session.Press(Keys.Enter);

        Assert.Equal(ScreenMode.Concordance, session.Mode);
        Assert.Equal(cursor, session.Cursor);
        Assert.Equal("from 'kyiv', read-only here; the command under the pair reviews it", session.Message);
        Assert.Contains(Panel(session), line => line == "       to review that document: workbench review --db t.db --doc kyiv");
        var english = session.Window.ConcordanceFrame!.Lines
            .Where(line => line.Current && line.Text.StartsWith("  en │ ", StringComparison.Ordinal))
            .Select(line => line.Text[7..].Trim());
        Assert.Equal(LongEnglish, string.Join(' ', english));
        Assert.Contains(HitRuns(session), run => run.Text == "extended deterrence");
        Assert.Equal(2, fixture.Memory.GetLinks(fixture.Memory.FindDocument("kyiv")!.Id).Count);
    }

    [Fact]
    public void A_memory_hit_of_the_reviewed_document_jumps_and_moving_in_the_list_follows_it()
    {
        var session = fixture.Session();
        session.Type("f");
        session.Type("credibility");
        session.Press(Keys.Enter);

        Assert.Contains("bead 1", SelectedHeading(session), StringComparison.Ordinal);
        Assert.Equal(0, session.Cursor);
        session.Press(Keys.Enter);
        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal("\"credibility\" in bead 1", session.Message);

        session.Type("f");
        session.Type("条約");
        session.Press(Keys.Enter);
        Assert.Equal(2, session.Cursor);
        Assert.Contains("ja │ 条約は古い。", string.Join('\n', Panel(session)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deterrence", 2)]
    [InlineData("Extended Deterrence", 2)]
    [InlineData("ally", 1)]
    [InlineData("promises", 1)]
    [InlineData("抑止", 2)]
    [InlineData("疑", 1)]
    [InlineData("ＡＬＬＩＥＳ", 1)]
    [InlineData("credibility depends", 0)]
    [InlineData("deter", 0)]
    public void Searching_the_document_finds_what_the_memory_index_finds_there(string query, int expected)
    {
        var session = fixture.NewSession();

        var inDocument = session.FindInDocument(query).Beads;
        var throughIndex = session.SearchMemory(query, 100)!.Beads.Where(bead => bead >= 0).Order();

        Assert.Equal(expected, inDocument.Count);
        Assert.Equal(throughIndex, inDocument);
    }

    [Fact]
    public void Misses_and_refused_queries_say_so_in_one_line_and_leave_the_panel_closed()
    {
        var session = fixture.Session();

        session.Type("f");
        session.Type("zzzz");
        session.Press(Keys.Enter);
        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal("\"zzzz\" not found in the memory", session.Message);

        session.Type("f");
        session.Press(Keys.Enter);
        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal("memory search: search text is empty", session.Message);

        session.Type("/   ");
        session.Press(Keys.Enter);
        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal("\"   \" has nothing to search for (only punctuation or spaces)", session.Message);
    }

    [Fact]
    public void A_review_key_closes_the_panel_and_runs_and_a_click_selects_a_hit()
    {
        var session = fixture.Session(height: 30);
        session.Type("/deterrence");
        session.Press(Keys.Enter);
        Assert.Equal(3, session.Cursor);

        var lines = session.Lines().ToList();
        var row = lines.FindIndex(line => line.Contains("1. bead 1", StringComparison.Ordinal));
        Assert.True(row > 0);
        session.Mouse(20, row + 1, MouseFlags.LeftButtonPressed);
        Assert.Equal(0, session.Cursor);
        Assert.Contains("bead 1", SelectedHeading(session), StringComparison.Ordinal);

        session.Type("G");
        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal(3, session.Cursor);

        session.Type("/deterrence");
        session.Press(Keys.Enter);
        session.Press(Keys.Escape);
        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal(0, session.Cursor);
        Assert.Equal("1-1 1-1 1-1 1-1", fixture.Shapes(session));
    }

    private static IReadOnlyList<string> Panel(ReviewHarness session) =>
        session.Window.ConcordanceFrame!.Lines.Select(line => line.Text.TrimEnd()).ToList();

    private static string SelectedHeading(ReviewHarness session) =>
        session.Window.ConcordanceFrame!.Lines.First(line => line.Text.StartsWith("▶ ", StringComparison.Ordinal)).Text;

    private static List<TextRun> HitRuns(ReviewHarness session) =>
        session.Window.ConcordanceFrame!.Lines.SelectMany(line => line.Runs).Where(run => run.Tone == Tone.SearchHit).ToList();
}
