using Workbench.Core.Documents;
using Workbench.Core.Storage;
using static Workbench.Storage.Tests.SampleDocuments;

namespace Workbench.Storage.Tests;

/// <summary>
/// Behaviour of a memory that several reviewers open at once (a database file, a PostgreSQL database): no edit is
/// lost, a stale edit is refused, the history says who did what and undo is each reviewer's own.
/// </summary>
public abstract class SharedMemoryContract : IDisposable
{
    private readonly List<ITranslationMemory> sessions = [];

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public void Two_reviewers_editing_the_same_stretch_the_second_is_refused_and_nothing_is_lost()
    {
        using var alice = Session("alice");
        using var bob = Session("bob");
        var id = alice.ImportDocument(Create(), replace: false);
        var aliceSees = alice.GetLinks(id);
        var bobSees = bob.GetLinks(id);

        alice.ApplyEdit(id, new LinkEdit("merge", [aliceSees[0], aliceSees[1]], [Link(0, 2, 0, 3, 1.0)]));
        var refused = Assert.Throws<EditConflictException>(() =>
            bob.ApplyEdit(id, new LinkEdit("confirm", [bobSees[1]], [bobSees[1] with { Status = LinkStatus.Confirmed }])));
        Assert.Contains("reload", refused.Message, StringComparison.Ordinal);

        // Bob reloads the stretch and confirms what is there now.
        var reloaded = bob.GetLinks(id);
        Assert.Equal(new Core.Alignment.Bead(0, 2, 0, 3, 1.0), reloaded[0].Bead);
        bob.ApplyEdit(id, new LinkEdit("confirm", [reloaded[0]], [reloaded[0] with { Status = LinkStatus.Confirmed }]));

        var final = alice.GetLinks(id);
        Assert.Equal(3, final.Count);
        Assert.Equal((2, 3, LinkStatus.Confirmed), (final[0].Bead.EnCount, final[0].Bead.JaCount, final[0].Status));
        var history = ((ITranslationMemoryArchive)alice).GetHistory(id);
        Assert.Equal([("alice", "merge"), ("bob", "confirm")], history.Select(entry => (entry.User, entry.Description)));
        Assert.Equal(final, Replay(Create().Links, history));
    }

    [SkippableFact]
    public void Undo_undoes_only_your_own_edits()
    {
        using var alice = Session("alice");
        using var bob = Session("bob");
        var id = alice.ImportDocument(Create(), replace: false);
        var links = alice.GetLinks(id);
        alice.ApplyEdit(id, new LinkEdit("confirm 0", [links[0]], [links[0] with { Status = LinkStatus.Confirmed }]));
        bob.ApplyEdit(id, new LinkEdit("reject 2", [links[2]], [links[2] with { Status = LinkStatus.Rejected }]));

        Assert.Equal("confirm 0", alice.Undo(id)?.Description);
        Assert.Null(alice.Undo(id));
        Assert.Equal([LinkStatus.Auto, LinkStatus.Auto, LinkStatus.Rejected, LinkStatus.Auto], bob.GetLinks(id).Select(l => l.Status));

        Assert.Equal("reject 2", bob.Undo(id)?.Description);
        Assert.Equal("confirm 0", alice.Redo(id)?.Description);
        Assert.Null(bob.Undo(id));
        Assert.Equal([LinkStatus.Confirmed, LinkStatus.Auto, LinkStatus.Auto, LinkStatus.Auto], alice.GetLinks(id).Select(l => l.Status));
    }

    [SkippableFact]
    public void Undoing_an_edit_someone_has_built_on_is_refused_and_keeps_their_edit()
    {
        using var alice = Session("alice");
        using var bob = Session("bob");
        var id = alice.ImportDocument(Create(), replace: false);
        var first = alice.GetLinks(id)[0];
        var confirmed = alice.ApplyEdit(id, new LinkEdit("confirm", [first], [first with { Status = LinkStatus.Confirmed }]))[0];
        bob.ApplyEdit(id, new LinkEdit("reject", [confirmed], [confirmed with { Status = LinkStatus.Rejected }]));

        Assert.Throws<EditConflictException>(() => alice.Undo(id));

        Assert.Equal(LinkStatus.Rejected, alice.GetLinks(id)[0].Status);
        Assert.Equal("reject", bob.Undo(id)?.Description);
        Assert.Equal("confirm", alice.Undo(id)?.Description);
        Assert.Equal(LinkStatus.Auto, alice.GetLinks(id)[0].Status);
    }

    [SkippableFact]
    public void Reviewers_editing_at_once_lose_no_update_and_the_history_replays_to_the_stored_links()
    {
        const int Reviewers = 4;
        const int EditsEach = 15;
        using var setup = Session("setup");
        var id = setup.ImportDocument(Create(), replace: false);
        var applied = 0;
        var conflicts = 0;

        var workers = Enumerable.Range(0, Reviewers).Select(reviewer => Task.Run(() =>
        {
            using var session = Session($"reviewer{reviewer}");
            var random = new Random(reviewer);
            var done = 0;
            while (done < EditsEach)
            {
                var links = session.GetLinks(id);
                var target = links[random.Next(links.Count)];
                var status = target.Status == LinkStatus.Confirmed ? LinkStatus.Rejected : LinkStatus.Confirmed;
                try
                {
                    session.ApplyEdit(id, new LinkEdit($"r{reviewer} e{done}", [target], [target with { Status = status }]));
                    done++;
                    Interlocked.Increment(ref applied);
                }
                catch (EditConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        })).ToArray();
        Task.WaitAll(workers);

        var history = ((ITranslationMemoryArchive)setup).GetHistory(id);
        Assert.Equal(Reviewers * EditsEach, applied);
        Assert.Equal(applied, history.Count);
        Assert.Equal(setup.GetLinks(id), Replay(Create().Links, history));
    }

    /// <summary>Opens the shared memory as <paramref name="user"/>; the test disposes it.</summary>
    protected abstract ITranslationMemory OpenSession(string user);

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Applies the history in order to the imported links, checking each entry's links are there at their versions.</summary>
    private static List<AlignmentLink> Replay(IReadOnlyList<AlignmentLink> imported, IReadOnlyList<HistoryEntry> history)
    {
        var links = imported.ToList();
        foreach (var entry in history.Where(e => !e.Undone))
        {
            foreach (var before in entry.Before)
            {
                Assert.True(links.Remove(before), $"history entry '{entry.Description}' by {entry.User} replaces a link that was not there: an update was lost");
            }

            links.AddRange(entry.After);
        }

        return links.OrderBy(l => l.Bead.EnStart).ThenBy(l => l.Bead.JaStart).ToList();
    }

    private ITranslationMemory Session(string user) => OpenSession(user);
}
