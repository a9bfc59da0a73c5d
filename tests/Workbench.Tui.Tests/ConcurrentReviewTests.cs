using Workbench.Core.Documents;
using Workbench.Core.Review;
using Workbench.Storage;

namespace Workbench.Tui.Tests;

/// <summary>Two reviewers on one SQLite file, each with its own connection and review screen: an edit based on
/// links the other has changed since is refused, the screen reloads the stretch and says so, and nothing is lost.</summary>
public sealed class ConcurrentReviewTests : IDisposable
{
    private const string Refused = ReviewSession.ConflictMessage;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("workbench-tui-concurrent-");
    private readonly ReviewFixture fixture;
    private readonly SqliteTranslationMemory second;

    public ConcurrentReviewTests()
    {
        var path = Path.Combine(folder.FullName, "team.db");
        fixture = ReviewFixture.Create(
            ReviewFixture.English,
            ReviewFixture.Japanese,
            [(1, 1, 0.9), (1, 2, 0.4), (1, 0, 0.3), (0, 1, 0.2), (1, 1, 0.95)],
            memory: SqliteTranslationMemory.Open(path, user: "ana"));
        second = SqliteTranslationMemory.Open(path, user: "ben");
    }

    public void Dispose()
    {
        fixture.Dispose();
        second.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public void A_stale_edit_is_refused_the_screen_reloads_the_stretch_and_both_reviewers_edits_survive()
    {
        var ana = fixture.Session();
        using var ben = new ReviewHarness(new ReviewSession(second, new DiagonalAligner(), second.FindDocument("nato")!, ReviewOptions.Default, TimeProvider.System));

        // Both look at bead 3 (the caption, 1-0); Ana merges it with the translator's note below.
        ana.Type("jj");
        ben.Type("jj");
        ana.Type("m");
        Assert.Equal("saved: merge beads 3-4", ana.Message);

        // Ben still sees the unmerged caption and confirms it: refused, nothing written, his screen reloads.
        Assert.Equal("1-1 1-2 1-0 0-1 1-1", string.Join(' ', ben.Links.Select(l => BeadChain.Shape(l.Bead))));
        ben.Type("c");

        Assert.Equal(Refused, ben.Message);
        var screen = ben.Lines();
        Assert.Single(screen, line => line.Contains("another reviewer", StringComparison.Ordinal));
        Assert.Contains(screen, line => line.Trim() == Refused);
        Assert.Contains(screen, line => line.Contains("bead 3 of 4", StringComparison.Ordinal));
        Assert.Contains(screen, line => line.Contains("A photo caption.", StringComparison.Ordinal) && line.Contains("訳者による注記。", StringComparison.Ordinal));
        Assert.Equal(2, ben.Cursor);
        var stored = Stored();
        Assert.Equal("1-1 1-2 1-1 1-1", Shapes(stored));
        Assert.All(stored, link => Assert.Equal(LinkStatus.Auto, link.Status));
        Assert.Equal(stored.Select(l => (l.Bead.EnStart, l.Bead.EnCount, l.Bead.JaStart, l.Bead.JaCount, l.Status, l.Version)),
            ben.Links.Select(l => (l.Bead.EnStart, l.Bead.EnCount, l.Bead.JaStart, l.Bead.JaCount, l.Status, l.Version)));

        // On the reloaded screen Ben's confirm goes through, on top of Ana's merge: nothing is lost.
        ben.Type("c");
        Assert.Equal("saved: confirm bead 3", ben.Message);
        stored = Stored();
        Assert.Equal("1-1 1-2 1-1 1-1", Shapes(stored));
        Assert.Equal(LinkStatus.Confirmed, stored[2].Status);

        // Ana's own undo would take Ben's confirmation with it: refused the same way, her screen shows his work.
        ana.Type("u");
        Assert.Equal(Refused, ana.Message);
        Assert.Equal(LinkStatus.Confirmed, ana.Links[2].Status);
        Assert.Equal(Shapes(Stored()), Shapes(ana.Links));
        Assert.Equal(LinkStatus.Confirmed, Stored()[2].Status);
    }

    [Fact]
    public void Ben_sees_a_sentence_Ana_corrected_once_his_screen_reloads()
    {
        var ana = fixture.Session();
        using var ben = new ReviewHarness(new ReviewSession(second, new DiagonalAligner(), second.FindDocument("nato")!, ReviewOptions.Default, TimeProvider.System));

        ana.Type("e");
        ana.Type(" Really.");
        ana.Press(Keys.Enter);
        ana.Type("m");
        Assert.StartsWith("saved: merge", ana.Message, StringComparison.Ordinal);

        ben.Type("x");
        Assert.Equal(Refused, ben.Message);
        Assert.Contains(ben.Lines(), line => line.Contains("Really.", StringComparison.Ordinal));
        Assert.Equal(second.GetSegments(fixture.Document.Id, Language.English)[0].Text, ben.Session.English[0].Text);
    }

    [Fact]
    public void Two_corrections_of_one_sentence_the_second_is_refused_and_keeps_what_was_typed()
    {
        var ana = fixture.Session();
        using var ben = new ReviewHarness(new ReviewSession(second, new DiagonalAligner(), second.FindDocument("nato")!, ReviewOptions.Default, TimeProvider.System));

        ben.Type("e");
        ben.Press(Keys.End);
        ben.Type(" (Ben)");
        ana.Type("e");
        ana.Press(Keys.End);
        ana.Type(" (Ana)");
        ana.Press(Keys.Enter);
        Assert.Equal("saved: edit English sentence 1", ana.Message);

        ben.Press(Keys.Enter);

        Assert.Equal(Refused, ben.Message);
        Assert.Equal(ScreenMode.Form, ben.Mode);
        Assert.Equal("Deterrence depends on credibility. (Ana)", ben.Session.English[0].Text);
        var screen = ben.Lines();
        Assert.Contains(screen, line => line.Contains("Deterrence depends on credibility. (Ben)", StringComparison.Ordinal));
        Assert.Contains(screen, line => line.Contains("(Ana)", StringComparison.Ordinal));
        Assert.Equal("Deterrence depends on credibility. (Ana)", second.GetSegments(fixture.Document.Id, Language.English)[0].Text);
    }

    [Fact]
    public void Undoing_a_correction_another_reviewer_has_corrected_again_is_refused_and_shows_theirs()
    {
        var ana = fixture.Session();
        ana.Type("e");
        ana.Press(Keys.End);
        ana.Type(" (Ana)");
        ana.Press(Keys.Enter);
        using var ben = new ReviewHarness(new ReviewSession(second, new DiagonalAligner(), second.FindDocument("nato")!, ReviewOptions.Default, TimeProvider.System));
        ben.Type("e");
        ben.Press(Keys.End);
        ben.Type(" (Ben)");
        ben.Press(Keys.Enter);
        Assert.Equal("saved: edit English sentence 1", ben.Message);

        ana.Type("u");

        Assert.Equal(Refused, ana.Message);
        Assert.Equal("Deterrence depends on credibility. (Ana) (Ben)", ana.Session.English[0].Text);
        Assert.Contains(ana.Lines(), line => line.Contains("(Ben)", StringComparison.Ordinal));
        Assert.Equal("Deterrence depends on credibility. (Ana) (Ben)", second.GetSegments(fixture.Document.Id, Language.English)[0].Text);
    }

    private IReadOnlyList<AlignmentLink> Stored() => second.GetLinks(fixture.Document.Id);

    private static string Shapes(IEnumerable<AlignmentLink> links) => string.Join(' ', links.Select(l => BeadChain.Shape(l.Bead)));
}
