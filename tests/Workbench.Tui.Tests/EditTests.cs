using Workbench.Core.Documents;
using Workbench.Core.Review;
using Workbench.Storage;

namespace Workbench.Tui.Tests;

public sealed class EditTests : IDisposable
{
    private const string Original = "1-1 1-2 1-0 0-1 1-1";

    private readonly ReviewFixture fixture = ReviewFixture.Standard();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void C_confirms_the_bead_in_the_store_and_moves_on()
    {
        var session = fixture.Session();

        session.Type("c");

        Assert.Equal(LinkStatus.Confirmed, fixture.Memory.GetLinks(fixture.Document.Id)[0].Status);
        Assert.Equal(1, session.Cursor);
        Assert.Equal(1, session.Counts.Confirmed);
        Assert.Equal(Original, fixture.Shapes(session));
    }

    [Fact]
    public void C_on_the_last_bead_confirms_it_and_stays()
    {
        var session = fixture.Session();

        session.Type("Gc");

        Assert.Equal(4, session.Cursor);
        Assert.Equal(LinkStatus.Confirmed, fixture.Memory.GetLinks(fixture.Document.Id)[4].Status);
    }

    [Fact]
    public void C_on_a_confirmed_bead_only_moves_and_records_no_edit()
    {
        var session = fixture.Session();

        session.Type("ckc");
        Assert.Equal(1, session.Cursor);
        session.Type("u");
        Assert.Equal(LinkStatus.Auto, fixture.Memory.GetLinks(fixture.Document.Id)[0].Status);
        session.Type("u");
        Assert.Equal("nothing to undo", session.Message);
    }

    [Fact]
    public void X_rejects_and_refuses_to_reject_twice()
    {
        var session = fixture.Session();

        session.Type("x");
        Assert.Equal(LinkStatus.Rejected, fixture.Memory.GetLinks(fixture.Document.Id)[0].Status);
        Assert.Equal(0, session.Cursor);
        session.Type("x");
        Assert.Equal("bead 1 is already rejected", session.Message);
        Assert.Equal(1, session.Counts.Rejected);
    }

    [Fact]
    public void M_merges_with_the_next_bead()
    {
        var session = fixture.Session();

        session.Type("m");

        Assert.Equal("2-3 1-0 0-1 1-1", fixture.Shapes(session));
        Assert.Equal(0, session.Cursor);
    }

    [Fact]
    public void M_on_the_last_bead_is_refused_and_changes_nothing()
    {
        var session = fixture.Session();

        session.Type("Gm");

        Assert.Equal(Original, fixture.Shapes(session));
        Assert.Equal("the last bead has no next bead to merge with", session.Message);
    }

    [Fact]
    public void M_merges_a_1_0_with_a_0_1_into_a_1_1()
    {
        var session = fixture.Session();

        session.Type("jjm");

        Assert.Equal("1-1 1-2 1-1 1-1", fixture.Shapes(session));
        var merged = session.Links[2].Bead;
        Assert.Equal((2, 1, 3, 1), (merged.EnStart, merged.EnCount, merged.JaStart, merged.JaCount));
    }

    [Fact]
    public void S_enter_splits_at_the_default_point()
    {
        var session = fixture.Session();

        session.Type("js");
        Assert.Equal(ScreenMode.Split, session.Mode);
        Assert.Equal(new SplitState(1, 1, Language.English), session.Split);
        session.Press(Keys.Enter);

        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal("1-1 1-1 0-1 1-0 0-1 1-1", fixture.Shapes(session));
    }

    [Fact]
    public void S_with_brackets_and_braces_chooses_the_split_point_on_each_side()
    {
        var session = fixture.Session();

        session.Type("js[}");
        Assert.Equal(new SplitState(0, 2, Language.English), session.Split);
        session.Press(Keys.Enter);

        Assert.Equal("1-1 0-2 1-0 1-0 0-1 1-1", fixture.Shapes(session));
    }

    [Fact]
    public void S_with_tab_and_arrows_moves_the_split_point_of_the_active_side()
    {
        var session = fixture.Session();

        session.Type("js");
        session.Press(Keys.Tab);
        session.Press(Keys.Up);
        Assert.Equal(new SplitState(1, 0, Language.Japanese), session.Split);
        session.Press(Keys.Enter);

        Assert.Equal("1-1 1-0 0-2 1-0 0-1 1-1", fixture.Shapes(session));
    }

    [Fact]
    public void S_on_a_1_1_bead_defaults_to_a_1_0_and_a_0_1()
    {
        var session = fixture.Session();

        session.Type("s");
        session.Press(Keys.Enter);

        Assert.Equal("1-0 0-1 1-2 1-0 0-1 1-1", fixture.Shapes(session));
    }

    [Fact]
    public void S_refuses_an_empty_half_a_one_sentence_bead_and_escape_cancels()
    {
        var session = fixture.Session();

        session.Type("js[{");
        session.Press(Keys.Enter);
        Assert.Equal("each half of a split needs at least one sentence", session.Message);

        session.Type("js");
        session.Press(Keys.Escape);
        Assert.Equal(ScreenMode.Normal, session.Mode);

        session.Type("js");
        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal("a bead with one sentence cannot be split", session.Message);
        Assert.Equal(Original, fixture.Shapes(session));
    }

    [Fact]
    public void Close_bracket_takes_the_next_English_sentence()
    {
        var session = fixture.Session();

        session.Type("]");

        Assert.Equal("2-1 0-2 1-0 0-1 1-1", fixture.Shapes(session));
    }

    [Fact]
    public void Close_bracket_drops_a_bead_left_with_no_sentence()
    {
        var session = fixture.Session();

        session.Type("j]");

        Assert.Equal("1-1 2-2 0-1 1-1", fixture.Shapes(session));
        Assert.Equal(1, session.Cursor);
    }

    [Fact]
    public void Close_bracket_reaches_past_a_bead_with_no_English()
    {
        var session = fixture.Session();

        session.Type("jj]");

        Assert.Equal("1-1 1-2 2-0 0-1 0-1", fixture.Shapes(session));
        Assert.Equal(2, session.Cursor);
    }

    [Fact]
    public void Open_bracket_on_the_first_bead_gives_its_English_sentence_away()
    {
        var session = fixture.Session();

        session.Type("[");

        Assert.Equal("0-1 2-2 1-0 0-1 1-1", fixture.Shapes(session));
    }

    [Fact]
    public void Open_bracket_on_a_bead_without_English_moves_the_sentence_above_it()
    {
        var session = fixture.Session();

        session.Type("jjj[");

        Assert.Equal("1-1 1-2 0-1 2-1", fixture.Shapes(session));
        Assert.Equal(2, session.Cursor);
        Assert.Equal(0, session.Links[2].Bead.EnCount);
    }

    [Fact]
    public void Braces_move_the_Japanese_boundary()
    {
        var session = fixture.Session();

        session.Type("}");
        Assert.Equal("1-2 1-1 1-0 0-1 1-1", fixture.Shapes(session));

        session.Type("u{");
        Assert.Equal("1-0 1-3 1-0 0-1 1-1", fixture.Shapes(session));
    }

    [Fact]
    public void Open_brace_gives_the_last_Japanese_sentence_to_the_next_bead()
    {
        var session = fixture.Session();

        session.Type("j{");

        Assert.Equal("1-1 1-1 1-1 0-1 1-1", fixture.Shapes(session));
    }

    [Fact]
    public void Boundary_keys_on_the_last_bead_are_refused()
    {
        var session = fixture.Session();

        foreach (var key in "][}{")
        {
            session.Type("G" + key);
            Assert.Equal("the last bead has no boundary below it", session.Message);
        }

        Assert.Equal(Original, fixture.Shapes(session));
    }

    [Fact]
    public void U_undoes_and_ctrl_R_redoes_through_the_store()
    {
        var session = fixture.Session();

        session.Type("jm");
        Assert.Equal("1-1 2-2 0-1 1-1", fixture.Shapes(session));
        session.Type("gu");
        Assert.Equal(Original, fixture.Shapes(session));
        Assert.Equal(1, session.Cursor);
        session.Press(Keys.ControlR);
        Assert.Equal("1-1 2-2 0-1 1-1", fixture.Shapes(session));
        session.Press(Keys.ControlR);
        Assert.Equal("nothing to redo", session.Message);
    }

    [Fact]
    public void Undo_history_survives_closing_and_reopening_the_database()
    {
        var folder = Directory.CreateTempSubdirectory("workbench-tui-");
        try
        {
            var path = Path.Combine(folder.FullName, "tm.db");
            using (var first = ReviewFixture.Create(ReviewFixture.English, ReviewFixture.Japanese, [(1, 1, 0.9), (1, 2, 0.4), (1, 0, 0.3), (0, 1, 0.2), (1, 1, 0.95)], memory: SqliteTranslationMemory.Open(path)))
            {
                first.Session().Type("mc");
            }

            using var reopened = SqliteTranslationMemory.Open(path);
            var document = reopened.FindDocument("nato")!;
            using var session = new ReviewHarness(new ReviewSession(reopened, new DiagonalAligner(), document, ReviewOptions.Default, TimeProvider.System));
            Assert.Equal(LinkStatus.Confirmed, session.Links[0].Status);
            session.Type("u");
            Assert.Equal(LinkStatus.Auto, reopened.GetLinks(document.Id)[0].Status);
            Assert.Equal(4, reopened.GetLinks(document.Id).Count);
            session.Type("u");
            Assert.Equal(5, reopened.GetLinks(document.Id).Count);
            Assert.Equal(5, session.Links.Count);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void R_realigns_the_unconfirmed_stretch_and_keeps_confirmed_beads_fixed()
    {
        using var confirmedEnds = ReviewFixture.Standard(LinkStatus.Confirmed, LinkStatus.Auto, LinkStatus.Rejected, LinkStatus.Auto, LinkStatus.Confirmed);
        var aligner = new DiagonalAligner();
        var session = confirmedEnds.Session(aligner);
        var fixedBefore = new[] { session.Links[0], session.Links[4] };

        session.Type("jjr");

        Assert.Equal([(2, 3)], aligner.Calls);
        Assert.Equal("1-1 1-1 1-1 0-1 1-1", confirmedEnds.Shapes(session));
        Assert.Equal(fixedBefore[0].Bead, session.Links[0].Bead);
        Assert.Equal(fixedBefore[1].Bead, session.Links[4].Bead);
        Assert.Equal(LinkStatus.Confirmed, session.Links[4].Status);
        Assert.All(session.Links.Skip(1).Take(3), link => Assert.Equal(LinkStatus.Auto, link.Status));

        session.Type("r");
        Assert.Equal("re-aligning beads 2-4 changed nothing", session.Message);
        session.Type("gr");
        Assert.Equal("bead 1 is confirmed; re-align works on unconfirmed beads", session.Message);
        session.Type("u");
        Assert.Equal("1-1 1-2 1-0 0-1 1-1", confirmedEnds.Shapes(session));
    }

    [Fact]
    public void R_refuses_an_aligner_result_that_loses_a_sentence()
    {
        var session = fixture.Session(new BrokenAligner());

        session.Type("r");

        Assert.Equal("the aligner returned beads that do not cover the stretch; nothing changed", session.Message);
        Assert.Equal(Original, fixture.Shapes(session));
    }

    [Fact]
    public void Any_sequence_of_keys_keeps_every_sentence_exactly_once_in_order_and_in_step_with_the_store()
    {
        var random = new Random(20260401);
        var keys = "jkjkgGmsx][}{uucr\u0012/";
        var session = fixture.Session();
        for (var press = 0; press < 400; press++)
        {
            var key = keys[random.Next(keys.Length)];
            session.Press(key == '\u0012' ? Keys.ControlR : new Terminal.Gui.Input.Key(key));
            if (session.Mode == ScreenMode.Split)
            {
                session.Type(random.Next(2) == 0 ? "]" : "{");
                session.Press(random.Next(3) == 0 ? Keys.Escape : Keys.Enter);
            }
            else if (session.Mode == ScreenMode.Search)
            {
                session.Type("疑");
                session.Press(Keys.Enter);
            }

            fixture.Shapes(session);
            Assert.InRange(session.Cursor, 0, session.Links.Count - 1);
        }
    }
}
