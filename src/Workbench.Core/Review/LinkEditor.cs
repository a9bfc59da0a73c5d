using Workbench.Core.Alignment;
using Workbench.Core.Documents;

namespace Workbench.Core.Review;

/// <summary>
/// Builds reviewer edits over an ordered list of links. Every plan it returns keeps <see cref="BeadSequence.Tiles"/>
/// true for the span it replaces; an edit that cannot keep it is refused with a reason instead.
/// </summary>
public sealed class LinkEditor(ReviewOptions options, TimeProvider clock)
{
    public EditAttempt SetStatus(IReadOnlyList<AlignmentLink> links, int index, LinkStatus status)
    {
        ArgumentNullException.ThrowIfNull(links);
        var link = links[index];
        if (link.Status == status)
        {
            return EditAttempt.Refuse($"bead {index + 1} is already {Describe(status)}");
        }

        var verb = status switch
        {
            LinkStatus.Confirmed => "confirm",
            LinkStatus.Rejected => "reject",
            _ => "reopen",
        };
        var changed = link with { Status = status, UpdatedAt = clock.GetUtcNow() };
        var cursor = status == LinkStatus.Confirmed ? Math.Min(index + 1, links.Count - 1) : index;
        return EditAttempt.Accept(new EditPlan(index, new LinkEdit($"{verb} bead {index + 1}", [link], [changed]), cursor));
    }

    /// <summary>
    /// Confirms, as one edit, the run of one-sided beads around <paramref name="index"/>: consecutive beads with no
    /// sentence on the same side (all "(no English)" or all "(no Japanese)"), such as a translation's tail the
    /// original does not cover. One undo step takes the whole run back.
    /// </summary>
    public EditAttempt ConfirmOneSidedRun(IReadOnlyList<AlignmentLink> links, int index)
    {
        ArgumentNullException.ThrowIfNull(links);
        var bead = links[index].Bead;
        if (!bead.IsNull)
        {
            return EditAttempt.Refuse($"bead {index + 1} has sentences on both sides; a run is a stretch of one-sided beads");
        }

        var englishMissing = bead.EnCount == 0;
        bool SameSide(int i) => links[i].Bead.IsNull && (links[i].Bead.EnCount == 0) == englishMissing;
        var first = index;
        while (first > 0 && SameSide(first - 1))
        {
            first--;
        }

        var last = index;
        while (last + 1 < links.Count && SameSide(last + 1))
        {
            last++;
        }

        var before = links.Skip(first).Take(last - first + 1).ToList();
        if (before.All(link => link.Status == LinkStatus.Confirmed))
        {
            return EditAttempt.Refuse($"beads {first + 1}-{last + 1} are already confirmed");
        }

        var now = clock.GetUtcNow();
        var after = before.Select(link => link with { Status = LinkStatus.Confirmed, UpdatedAt = now }).ToList();
        var side = englishMissing ? "no English" : "no Japanese";
        return EditAttempt.Accept(new EditPlan(
            first,
            new LinkEdit($"confirm beads {first + 1}-{last + 1} ({side})", before, after),
            Math.Min(last + 1, links.Count - 1)));
    }

    public EditAttempt MergeWithNext(IReadOnlyList<AlignmentLink> links, int index)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (index + 1 >= links.Count)
        {
            return EditAttempt.Refuse("the last bead has no next bead to merge with");
        }

        var first = links[index].Bead;
        var second = links[index + 1].Bead;
        var merged = Edited(new Bead(first.EnStart, first.EnCount + second.EnCount, first.JaStart, first.JaCount + second.JaCount, 0));
        return EditAttempt.Accept(new EditPlan(
            index,
            new LinkEdit($"merge beads {index + 1}-{index + 2}", [links[index], links[index + 1]], [merged]),
            index));
    }

    /// <summary>Splits bead <paramref name="index"/> after its first <paramref name="englishSplit"/> English and
    /// <paramref name="japaneseSplit"/> Japanese sentences.</summary>
    public EditAttempt Split(IReadOnlyList<AlignmentLink> links, int index, int englishSplit, int japaneseSplit)
    {
        ArgumentNullException.ThrowIfNull(links);
        var bead = links[index].Bead;
        if (englishSplit < 0 || englishSplit > bead.EnCount || japaneseSplit < 0 || japaneseSplit > bead.JaCount)
        {
            return EditAttempt.Refuse("the split point lies outside the bead");
        }

        var head = new Bead(bead.EnStart, englishSplit, bead.JaStart, japaneseSplit, 0);
        var tail = new Bead(bead.EnStart + englishSplit, bead.EnCount - englishSplit, bead.JaStart + japaneseSplit, bead.JaCount - japaneseSplit, 0);
        if (head.EnCount + head.JaCount == 0 || tail.EnCount + tail.JaCount == 0)
        {
            return EditAttempt.Refuse("each half of a split needs at least one sentence");
        }

        return EditAttempt.Accept(new EditPlan(
            index,
            new LinkEdit($"split bead {index + 1}", [links[index]], [Edited(head), Edited(tail)]),
            index));
    }

    /// <summary>
    /// Moves the boundary between bead <paramref name="index"/> and the next bead by one sentence of
    /// <paramref name="side"/>: down (<paramref name="down"/> true) gives this bead the next sentence, up gives the
    /// next bead this bead's last sentence. Null beads in between (with no sentence on that side) keep their other
    /// side and just move their anchor, so the chain stays monotonic; a bead left with no sentence disappears.
    /// </summary>
    public EditAttempt ShiftBoundary(IReadOnlyList<AlignmentLink> links, int index, Language side, bool down)
    {
        ArgumentNullException.ThrowIfNull(links);
        var sideName = side == Language.English ? "English" : "Japanese";
        if (index + 1 >= links.Count)
        {
            return EditAttempt.Refuse("the last bead has no boundary below it");
        }

        return down ? ShiftDown(links, index, side, sideName) : ShiftUp(links, index, side, sideName);
    }

    /// <summary>
    /// Re-aligns the run of unconfirmed links around <paramref name="index"/>. The confirmed links that bound the run
    /// are the fixed points: only the run's sentences go to the aligner, so they cannot move.
    /// </summary>
    public EditAttempt Realign(
        IReadOnlyList<AlignmentLink> links,
        int index,
        IReadOnlyList<Segment> english,
        IReadOnlyList<Segment> japanese,
        IAligner aligner)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(japanese);
        ArgumentNullException.ThrowIfNull(aligner);
        if (links[index].Status == LinkStatus.Confirmed)
        {
            return EditAttempt.Refuse($"bead {index + 1} is confirmed; re-align works on unconfirmed beads");
        }

        var first = index;
        while (first > 0 && links[first - 1].Status != LinkStatus.Confirmed)
        {
            first--;
        }

        var last = index;
        while (last + 1 < links.Count && links[last + 1].Status != LinkStatus.Confirmed)
        {
            last++;
        }

        var enStart = links[first].Bead.EnStart;
        var enEnd = links[last].Bead.EnEnd;
        var jaStart = links[first].Bead.JaStart;
        var jaEnd = links[last].Bead.JaEnd;
        var englishTexts = Texts(english, enStart, enEnd);
        var japaneseTexts = Texts(japanese, jaStart, jaEnd);
        var realigned = aligner.Realign(englishTexts, japaneseTexts, [])
            .Select(b => b with { EnStart = b.EnStart + enStart, JaStart = b.JaStart + jaStart })
            .ToList();
        if (!BeadSequence.Tiles(realigned, enStart, enEnd, jaStart, jaEnd))
        {
            return EditAttempt.Refuse("the aligner returned beads that do not cover the stretch; nothing changed");
        }

        var before = links.Skip(first).Take(last - first + 1).ToList();
        if (before.All(l => l.Status == LinkStatus.Auto) && before.Select(l => l.Bead).SequenceEqual(realigned))
        {
            return EditAttempt.Refuse($"re-aligning beads {first + 1}-{last + 1} changed nothing");
        }

        var now = clock.GetUtcNow();
        var after = realigned.Select(b => new AlignmentLink(b, LinkStatus.Auto, now)).ToList();
        var cursorBead = links[index].Bead;
        var cursor = after.FindIndex(l => l.Bead.EnEnd > cursorBead.EnStart || l.Bead.JaEnd > cursorBead.JaStart);
        return EditAttempt.Accept(new EditPlan(
            first,
            new LinkEdit($"re-align beads {first + 1}-{last + 1}", before, after),
            first + Math.Max(cursor, 0)));
    }

    private EditAttempt ShiftDown(IReadOnlyList<AlignmentLink> links, int index, Language side, string sideName)
    {
        var giver = index + 1;
        while (giver < links.Count && BeadChain.Count(links[giver].Bead, side) == 0)
        {
            giver++;
        }

        if (giver == links.Count)
        {
            return EditAttempt.Refuse($"no {sideName} sentence below bead {index + 1} to take");
        }

        var now = clock.GetUtcNow();
        var taker = links[index].Bead;
        var after = new List<AlignmentLink>
        {
            Edited(BeadChain.WithSide(taker, side, BeadChain.Start(taker, side), BeadChain.Count(taker, side) + 1)),
        };
        for (var between = index + 1; between < giver; between++)
        {
            after.Add(Reanchored(links[between], side, +1, now));
        }

        var given = links[giver].Bead;
        var shrunk = BeadChain.WithSide(given, side, BeadChain.Start(given, side) + 1, BeadChain.Count(given, side) - 1);
        if (shrunk.EnCount + shrunk.JaCount > 0)
        {
            after.Add(Edited(shrunk));
        }

        var before = links.Skip(index).Take(giver - index + 1).ToList();
        var edit = new LinkEdit($"move the {sideName} boundary below bead {index + 1} down", before, after);
        return EditAttempt.Accept(new EditPlan(index, edit, index));
    }

    private EditAttempt ShiftUp(IReadOnlyList<AlignmentLink> links, int index, Language side, string sideName)
    {
        var giver = index;
        while (giver >= 0 && BeadChain.Count(links[giver].Bead, side) == 0)
        {
            giver--;
        }

        if (giver < 0)
        {
            return EditAttempt.Refuse($"no {sideName} sentence above the boundary below bead {index + 1} to move");
        }

        var now = clock.GetUtcNow();
        var given = links[giver].Bead;
        var after = new List<AlignmentLink>();
        var shrunk = BeadChain.WithSide(given, side, BeadChain.Start(given, side), BeadChain.Count(given, side) - 1);
        var giverRemains = shrunk.EnCount + shrunk.JaCount > 0;
        if (giverRemains)
        {
            after.Add(Edited(shrunk));
        }

        for (var between = giver + 1; between <= index; between++)
        {
            after.Add(Reanchored(links[between], side, -1, now));
        }

        var taker = links[index + 1].Bead;
        after.Add(Edited(BeadChain.WithSide(taker, side, BeadChain.Start(taker, side) - 1, BeadChain.Count(taker, side) + 1)));
        var before = links.Skip(giver).Take(index + 2 - giver).ToList();
        var edit = new LinkEdit($"move the {sideName} boundary below bead {index + 1} up", before, after);
        // When the giver empties and disappears, everything after it moves up one place.
        var cursor = giverRemains || giver == index ? index : index - 1;
        return EditAttempt.Accept(new EditPlan(giver, edit, cursor));
    }

    private static AlignmentLink Reanchored(AlignmentLink link, Language side, int offset, DateTimeOffset now) =>
        link with
        {
            Bead = BeadChain.WithSide(link.Bead, side, BeadChain.Start(link.Bead, side) + offset, 0),
            UpdatedAt = now,
        };

    private AlignmentLink Edited(Bead bead) =>
        new(bead with { Confidence = options.EditedBeadConfidence }, LinkStatus.Auto, clock.GetUtcNow());

    private static List<string> Texts(IReadOnlyList<Segment> segments, int start, int end)
    {
        var texts = new List<string>(end - start);
        for (var i = start; i < end; i++)
        {
            texts.Add(segments[i].Text);
        }

        return texts;
    }

    internal static string Describe(LinkStatus status) => status switch
    {
        LinkStatus.Confirmed => "confirmed",
        LinkStatus.Rejected => "rejected",
        _ => "unreviewed",
    };
}
