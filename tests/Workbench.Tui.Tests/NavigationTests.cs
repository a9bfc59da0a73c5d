using Workbench.Core.Documents;

namespace Workbench.Tui.Tests;

public sealed class NavigationTests : IDisposable
{
    private readonly ReviewFixture fixture = ReviewFixture.Standard(LinkStatus.Auto, LinkStatus.Confirmed);

    public void Dispose() => fixture.Dispose();

    [Fact]
    public void J_k_and_arrows_move_one_bead_and_stop_at_both_ends()
    {
        var session = fixture.Session();

        session.Type("k");
        Assert.Equal(0, session.Cursor);
        session.Type("j");
        Assert.Equal(1, session.Cursor);
        session.Press(Keys.Down);
        Assert.Equal(2, session.Cursor);
        session.Press(Keys.Up);
        Assert.Equal(1, session.Cursor);
        session.Type("jjjjjj");
        Assert.Equal(4, session.Cursor);
    }

    [Fact]
    public void G_goes_to_the_last_bead_and_g_to_the_first_as_do_End_and_Home()
    {
        var session = fixture.Session();

        session.Type("G");
        Assert.Equal(4, session.Cursor);
        session.Type("g");
        Assert.Equal(0, session.Cursor);
        session.Press(Keys.End);
        Assert.Equal(4, session.Cursor);
        session.Press(Keys.Home);
        Assert.Equal(0, session.Cursor);
    }

    [Fact]
    public void PgDn_and_PgUp_move_by_the_beads_the_last_frame_showed()
    {
        using var large = ReviewFixture.Large(200);
        var session = large.Session(width: 80, height: 24);
        var page = session.Viewport.PageSize;
        var beadRows = session.Window.LastFrame!.RowBeads.Where(bead => bead >= 0).Distinct().Count();
        Assert.InRange(page, 2, beadRows);

        session.Press(Keys.PageDown);
        Assert.Equal(page, session.Cursor);
        session.Press(Keys.PageDown);
        Assert.Equal(2 * page, session.Cursor);
        session.Press(Keys.PageUp);
        Assert.Equal(page, session.Cursor);
        session.Press(Keys.End);
        session.Press(Keys.PageDown);
        Assert.Equal(199, session.Cursor);
    }

    [Fact]
    public void N_and_shift_N_visit_unreviewed_beads_skipping_confirmed_ones()
    {
        var session = fixture.Session();

        session.Type("n");
        Assert.Equal(2, session.Cursor);
        session.Type("N");
        Assert.Equal(0, session.Cursor);
        session.Type("N");
        Assert.Equal(0, session.Cursor);
        Assert.Equal("no bead above needs a decision", session.Message);
        session.Type("G");
        session.Type("n");
        Assert.Equal("no bead below needs a decision", session.Message);
    }

    [Fact]
    public void Question_mark_opens_help_and_any_key_closes_it_without_acting()
    {
        var session = fixture.Session();

        session.Type("?");
        Assert.Equal(ScreenMode.Help, session.Mode);
        session.Type("j");
        Assert.Equal(ScreenMode.Help, session.Mode);
        session.Type("c");
        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal(0, session.Cursor);
    }

    [Fact]
    public void Q_and_ctrl_C_quit()
    {
        var first = fixture.Session();
        first.Type("q");
        Assert.True(first.QuitRequested);

        var second = fixture.Session();
        second.Press(Keys.ControlC);
        Assert.True(second.QuitRequested);
    }

    [Fact]
    public void Slash_searches_both_sides_case_insensitively_and_wraps()
    {
        var session = fixture.Session();

        session.Type("/疑念");
        Assert.Equal(ScreenMode.Search, session.Mode);
        Assert.Equal("疑念", session.SearchInput);
        session.Press(Keys.Enter);
        Assert.Equal(1, session.Cursor);

        session.Type("/nato");
        session.Press(Keys.Enter);
        Assert.Equal(4, session.Cursor);

        session.Type("/deterrence");
        session.Press(Keys.Enter);
        Assert.Equal(0, session.Cursor);
        Assert.Equal("\"deterrence\" found in bead 1", session.Message);
    }

    [Fact]
    public void Search_edits_with_backspace_repeats_on_empty_enter_and_reports_misses()
    {
        var session = fixture.Session();

        session.Type("/caption!");
        session.Press(Keys.Backspace);
        session.Press(Keys.Enter);
        Assert.Equal(2, session.Cursor);

        session.Type("g/");
        session.Press(Keys.Enter);
        Assert.Equal(2, session.Cursor);

        session.Type("/zzz");
        session.Press(Keys.Enter);
        Assert.Equal(2, session.Cursor);
        Assert.Equal("\"zzz\" not found", session.Message);

        session.Type("/");
        session.Press(Keys.Escape);
        Assert.Equal(ScreenMode.Normal, session.Mode);
        Assert.Equal("search cancelled", session.Message);
    }
}
