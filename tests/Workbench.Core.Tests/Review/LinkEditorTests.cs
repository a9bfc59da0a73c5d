using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Review;

namespace Workbench.Core.Tests.Review;

public sealed class LinkEditorTests
{
    private static readonly LinkEditor Editor = new(ReviewOptions.Default, TimeProvider.System);

    /// <summary>1-1, 1-2, 1-0, 0-1, 1-1 over 4 English and 5 Japanese sentences.</summary>
    private static readonly IReadOnlyList<AlignmentLink> Links = Chain((1, 1), (1, 2), (1, 0), (0, 1), (1, 1));

    [Fact]
    public void Merge_joins_two_beads_into_one_edited_bead_covering_both()
    {
        var plan = Editor.MergeWithNext(Links, 1).Plan!;

        var merged = Assert.Single(plan.Edit.After);
        Assert.Equal(new Bead(1, 2, 1, 2, 1.0), merged.Bead);
        Assert.Equal(LinkStatus.Auto, merged.Status);
        Assert.Equal(2, plan.Edit.Before.Count);
        AssertStillTiles(plan);
    }

    [Fact]
    public void Split_refuses_an_empty_half_and_otherwise_keeps_the_chain()
    {
        Assert.Equal("each half of a split needs at least one sentence", Editor.Split(Links, 1, 0, 0).Refusal);
        var plan = Editor.Split(Links, 1, 1, 1).Plan!;
        Assert.Equal(["1-1", "0-1"], plan.Edit.After.Select(l => BeadChain.Shape(l.Bead)));
        AssertStillTiles(plan);
    }

    [Theory]
    [InlineData(0, Language.English, true)]
    [InlineData(1, Language.English, false)]
    [InlineData(1, Language.Japanese, true)]
    [InlineData(3, Language.Japanese, false)]
    [InlineData(2, Language.English, true)]
    public void Every_accepted_boundary_shift_keeps_each_sentence_exactly_once(int index, Language side, bool down)
    {
        var attempt = Editor.ShiftBoundary(Links, index, side, down);

        AssertStillTiles(attempt.Plan ?? throw new InvalidOperationException(attempt.Refusal));
    }

    [Fact]
    public void A_run_of_one_sided_beads_is_confirmed_as_one_edit()
    {
        var links = Chain((1, 1), (0, 1), (0, 1), (0, 1), (1, 0));

        var plan = Editor.ConfirmOneSidedRun(links, 2).Plan!;

        Assert.Equal(1, plan.Start);
        Assert.Equal(3, plan.Edit.Before.Count);
        Assert.All(plan.Edit.After, link => Assert.Equal(LinkStatus.Confirmed, link.Status));
        Assert.Equal(4, plan.Cursor);
        Assert.NotNull(Editor.ConfirmOneSidedRun(links, 0).Refusal);
    }

    [Fact]
    public void Tiles_checks_the_span_in_order_with_no_empty_bead()
    {
        var beads = Links.Select(l => l.Bead).ToList();
        Assert.True(BeadSequence.Tiles(beads, 0, 4, 0, 5));
        Assert.False(BeadSequence.Tiles(beads.Skip(1), 0, 4, 0, 5));
        Assert.False(BeadSequence.Tiles([.. beads, new Bead(4, 0, 5, 0, 1)], 0, 4, 0, 5));
        Assert.Equal(3, BeadChain.IndexOfStart(Links, Links[3].Bead));
    }

    private static void AssertStillTiles(EditPlan plan)
    {
        var after = Links.Take(plan.Start).Concat(plan.Edit.After).Concat(Links.Skip(plan.Start + plan.Edit.Before.Count)).Select(l => l.Bead).ToList();
        BeadSequence.Validate(after, 4, 5);
    }

    private static List<AlignmentLink> Chain(params (int En, int Ja)[] shapes)
    {
        var links = new List<AlignmentLink>();
        int en = 0, ja = 0;
        foreach (var (enCount, jaCount) in shapes)
        {
            links.Add(new AlignmentLink(new Bead(en, enCount, ja, jaCount, 0.5), LinkStatus.Auto, DateTimeOffset.UnixEpoch));
            en += enCount;
            ja += jaCount;
        }

        return links;
    }
}
