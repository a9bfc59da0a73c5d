using System.Data.Common;
using System.Globalization;
using Workbench.Core;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Storage;

namespace Workbench.Tui;

/// <summary>
/// The review of one document as a state machine: keys in, state out, no terminal involved. Every edit goes to the
/// translation memory first and changes the state shown only once the store has accepted it.
/// </summary>
public sealed class ReviewSession
{
    private readonly ITranslationMemory memory;
    private readonly IAligner aligner;
    private readonly ReviewOptions options;
    private readonly LinkEditor editor;
    private List<AlignmentLink> links;
    private string lastSearch = string.Empty;

    public ReviewSession(ITranslationMemory memory, IAligner aligner, DocumentSummary document, ReviewOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        this.memory = memory;
        this.aligner = aligner;
        this.options = options;
        editor = new LinkEditor(options, clock);
        Document = document;
        English = memory.GetSegments(document.Id, Language.English);
        Japanese = memory.GetSegments(document.Id, Language.Japanese);
        links = [.. memory.GetLinks(document.Id)];
        Viewport = new Viewport(options.DefaultPageSize);
        Counts = Recount();
    }

    public DocumentSummary Document { get; }

    public IReadOnlyList<Segment> English { get; }

    public IReadOnlyList<Segment> Japanese { get; }

    public IReadOnlyList<AlignmentLink> Links => links;

    public ReviewOptions Options => options;

    /// <summary>Index of the current bead.</summary>
    public int Cursor { get; private set; }

    public Viewport Viewport { get; }

    public ReviewMode Mode { get; private set; }

    /// <summary>The split being chosen while <see cref="Mode"/> is <see cref="ReviewMode.Split"/>.</summary>
    public SplitState? Split { get; private set; }

    /// <summary>The query being typed while <see cref="Mode"/> is <see cref="ReviewMode.Search"/>.</summary>
    public string SearchInput { get; private set; } = string.Empty;

    /// <summary>What the last key did, or why it could not.</summary>
    public string? Message { get; private set; }

    public ReviewCounts Counts { get; private set; }

    public bool QuitRequested { get; private set; }

    /// <summary>The link at <paramref name="index"/> with its sentences.</summary>
    public AlignedPair PairAt(int index)
    {
        var bead = links[index].Bead;
        return new AlignedPair(
            Document.Name,
            links[index],
            Slice(English, bead.EnStart, bead.EnCount),
            Slice(Japanese, bead.JaStart, bead.JaCount));
    }

    /// <summary>What <c>n</c>/<c>N</c> visit: unreviewed beads, which include every low-confidence bead.</summary>
    public static bool NeedsReview(AlignmentLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.Status == LinkStatus.Auto;
    }

    public void HandleKey(ConsoleKeyInfo key)
    {
        switch (Mode)
        {
            case ReviewMode.Help:
                Mode = ReviewMode.Normal;
                break;
            case ReviewMode.Search:
                HandleSearchKey(key);
                break;
            case ReviewMode.Split:
                HandleSplitKey(key);
                break;
            default:
                if (KeyBindings.Map(key) is { } action)
                {
                    Execute(action);
                }

                break;
        }
    }

    public void Execute(ReviewAction action)
    {
        Message = null;
        if (action == ReviewAction.Quit)
        {
            QuitRequested = true;
            return;
        }

        if (action == ReviewAction.Help)
        {
            Mode = ReviewMode.Help;
            return;
        }

        if (links.Count == 0)
        {
            Message = "this document has no beads";
            return;
        }

        switch (action)
        {
            case ReviewAction.MoveDown: MoveTo(Cursor + 1); break;
            case ReviewAction.MoveUp: MoveTo(Cursor - 1); break;
            case ReviewAction.PageDown: MoveTo(Cursor + Math.Max(1, Viewport.PageSize)); break;
            case ReviewAction.PageUp: MoveTo(Cursor - Math.Max(1, Viewport.PageSize)); break;
            case ReviewAction.First: MoveTo(0); break;
            case ReviewAction.Last: MoveTo(links.Count - 1); break;
            case ReviewAction.NextNeedingReview: FindNeedingReview(forward: true); break;
            case ReviewAction.PreviousNeedingReview: FindNeedingReview(forward: false); break;
            case ReviewAction.Confirm: ConfirmAndMove(); break;
            case ReviewAction.Reject: Apply(editor.SetStatus(links, Cursor, LinkStatus.Rejected)); break;
            case ReviewAction.MergeWithNext: Apply(editor.MergeWithNext(links, Cursor)); break;
            case ReviewAction.Split: StartSplit(); break;
            case ReviewAction.EnglishBoundaryDown: Apply(editor.ShiftBoundary(links, Cursor, Language.English, down: true)); break;
            case ReviewAction.EnglishBoundaryUp: Apply(editor.ShiftBoundary(links, Cursor, Language.English, down: false)); break;
            case ReviewAction.JapaneseBoundaryDown: Apply(editor.ShiftBoundary(links, Cursor, Language.Japanese, down: true)); break;
            case ReviewAction.JapaneseBoundaryUp: Apply(editor.ShiftBoundary(links, Cursor, Language.Japanese, down: false)); break;
            case ReviewAction.Undo: Revert(undo: true); break;
            case ReviewAction.Redo: Revert(undo: false); break;
            case ReviewAction.Realign: Apply(editor.Realign(links, Cursor, English, Japanese, aligner)); break;
            case ReviewAction.Search:
                Mode = ReviewMode.Search;
                SearchInput = string.Empty;
                break;
        }
    }

    private void MoveTo(int index) => Cursor = Math.Clamp(index, 0, links.Count - 1);

    private void ConfirmAndMove()
    {
        if (links[Cursor].Status == LinkStatus.Confirmed)
        {
            MoveTo(Cursor + 1);
            return;
        }

        Apply(editor.SetStatus(links, Cursor, LinkStatus.Confirmed));
    }

    private void FindNeedingReview(bool forward)
    {
        var step = forward ? 1 : -1;
        for (var i = Cursor + step; i >= 0 && i < links.Count; i += step)
        {
            if (NeedsReview(links[i]))
            {
                Cursor = i;
                return;
            }
        }

        Message = forward ? "no bead below needs review" : "no bead above needs review";
    }

    private void Apply(EditAttempt attempt)
    {
        if (attempt.Plan is not { } plan)
        {
            Message = attempt.Refusal;
            return;
        }

        IReadOnlyList<AlignmentLink> stored = [];
        if (!TryStore(() => stored = memory.ApplyEdit(Document.Id, plan.Edit)))
        {
            return;
        }

        // The stored links carry their new versions: the next edit of them is based on what the database holds.
        links.RemoveRange(plan.Start, plan.Edit.Before.Count);
        links.InsertRange(plan.Start, stored);
        Cursor = Math.Clamp(plan.Cursor, 0, links.Count - 1);
        Counts = Recount();
        Message = $"saved: {plan.Edit.Description}";
    }

    private void Revert(bool undo)
    {
        LinkEdit? edit = null;
        if (!TryStore(() => edit = undo ? memory.Undo(Document.Id) : memory.Redo(Document.Id)))
        {
            return;
        }

        if (edit is null)
        {
            Message = undo ? "nothing to undo" : "nothing to redo";
            return;
        }

        var (removed, restored) = undo ? (edit.After, edit.Before) : (edit.Before, edit.After);
        var start = removed.Count == 0 ? -1 : BeadChain.IndexOfStart(links, removed[0].Bead);
        if (start >= 0 && SameBeadsAt(start, removed))
        {
            links.RemoveRange(start, removed.Count);
            links.InsertRange(start, restored);
        }
        else
        {
            // The store changed under us (another review of the same document): show what it holds.
            links = [.. memory.GetLinks(Document.Id)];
        }

        var cursor = restored.Count == 0 ? -1 : BeadChain.IndexOfStart(links, restored[0].Bead);
        MoveTo(cursor < 0 ? Cursor : cursor);
        Counts = Recount();
        Message = $"{(undo ? "undone" : "redone")}: {edit.Description}";
    }

    private bool SameBeadsAt(int start, IReadOnlyList<AlignmentLink> expected)
    {
        if (start + expected.Count > links.Count)
        {
            return false;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var have = links[start + i].Bead;
            var want = expected[i].Bead;
            if (have.EnStart != want.EnStart || have.EnCount != want.EnCount || have.JaStart != want.JaStart || have.JaCount != want.JaCount)
            {
                return false;
            }
        }

        return true;
    }

    private bool TryStore(Action write)
    {
        try
        {
            write();
            return true;
        }
        // Another reviewer changed these links first: nothing was written; show the stretch as the database has it now.
        catch (EditConflictException conflict)
        {
            var cursorBead = links[Cursor].Bead;
            links = [.. memory.GetLinks(Document.Id)];
            var start = BeadChain.IndexOfStart(links, cursorBead);
            MoveTo(start < 0 ? Math.Min(Cursor, links.Count - 1) : start);
            Counts = Recount();
            Message = $"not saved, reloaded: {conflict.Message.ReplaceLineEndings(" ")}";
            return false;
        }
        // Nothing was written: the store's writes are atomic, so the screen keeps showing what the database holds.
        catch (Exception error) when (error is DbException or InvalidOperationException or ArgumentException or WorkbenchInputException or IOException)
        {
            Message = $"not saved: {error.Message.ReplaceLineEndings(" ")}";
            return false;
        }
    }

    private void StartSplit()
    {
        var bead = links[Cursor].Bead;
        if (bead.EnCount + bead.JaCount < 2)
        {
            Message = "a bead with one sentence cannot be split";
            return;
        }

        var english = (bead.EnCount + 1) / 2;
        var japanese = (bead.JaCount + 1) / 2;
        if (english == bead.EnCount && japanese == bead.JaCount)
        {
            // A 1-1 bead: the useful default is 1-0 + 0-1.
            japanese = Math.Max(0, japanese - 1);
        }

        Split = new SplitState(english, japanese, Language.English);
        Mode = ReviewMode.Split;
        Message = "split: [ ] { } or ↑↓ and Tab move the split point, Enter splits, Esc cancels";
    }

    private void HandleSplitKey(ConsoleKeyInfo key)
    {
        var split = Split!;
        var bead = links[Cursor].Bead;
        switch (key.KeyChar, key.Key)
        {
            case (_, ConsoleKey.Enter):
                Mode = ReviewMode.Normal;
                Split = null;
                Apply(editor.Split(links, Cursor, split.EnglishSplit, split.JapaneseSplit));
                return;
            case (_, ConsoleKey.Escape) or ('q', _):
                Mode = ReviewMode.Normal;
                Split = null;
                Message = "split cancelled";
                return;
            case ('\t', _) or (_, ConsoleKey.Tab) or ('h', _) or ('l', _) or (_, ConsoleKey.LeftArrow) or (_, ConsoleKey.RightArrow):
                Split = split with { ActiveSide = split.ActiveSide == Language.English ? Language.Japanese : Language.English };
                return;
            case (']', _):
                Split = split with { EnglishSplit = Math.Min(bead.EnCount, split.EnglishSplit + 1) };
                return;
            case ('[', _):
                Split = split with { EnglishSplit = Math.Max(0, split.EnglishSplit - 1) };
                return;
            case ('}', _):
                Split = split with { JapaneseSplit = Math.Min(bead.JaCount, split.JapaneseSplit + 1) };
                return;
            case ('{', _):
                Split = split with { JapaneseSplit = Math.Max(0, split.JapaneseSplit - 1) };
                return;
            case ('j', _) or (_, ConsoleKey.DownArrow):
                Split = MoveActiveSplit(split, bead, +1);
                return;
            case ('k', _) or (_, ConsoleKey.UpArrow):
                Split = MoveActiveSplit(split, bead, -1);
                return;
        }
    }

    private static SplitState MoveActiveSplit(SplitState split, Bead bead, int step) =>
        split.ActiveSide == Language.English
            ? split with { EnglishSplit = Math.Clamp(split.EnglishSplit + step, 0, bead.EnCount) }
            : split with { JapaneseSplit = Math.Clamp(split.JapaneseSplit + step, 0, bead.JaCount) };

    private void HandleSearchKey(ConsoleKeyInfo key)
    {
        switch (key.Key)
        {
            case ConsoleKey.Escape:
                Mode = ReviewMode.Normal;
                Message = "search cancelled";
                return;
            case ConsoleKey.Enter:
                Mode = ReviewMode.Normal;
                if (SearchInput.Length > 0)
                {
                    lastSearch = SearchInput;
                }

                SearchFor(lastSearch);
                return;
            case ConsoleKey.Backspace:
                if (SearchInput.Length > 0)
                {
                    var info = new StringInfo(SearchInput);
                    SearchInput = info.SubstringByTextElements(0, info.LengthInTextElements - 1);
                }

                return;
        }

        if (!char.IsControl(key.KeyChar))
        {
            SearchInput += key.KeyChar;
        }
    }

    private void SearchFor(string query)
    {
        if (query.Length == 0)
        {
            Message = "nothing to search for";
            return;
        }

        for (var step = 1; step <= links.Count; step++)
        {
            var index = (Cursor + step) % links.Count;
            if (Contains(index, query))
            {
                Message = index == Cursor ? $"\"{query}\" only matches this bead" : $"\"{query}\" found in bead {index + 1}";
                Cursor = index;
                return;
            }
        }

        Message = $"\"{query}\" not found";
    }

    private bool Contains(int index, string query)
    {
        var pair = PairAt(index);
        return pair.EnglishText.Contains(query, StringComparison.OrdinalIgnoreCase) ||
            pair.JapaneseText.Contains(query, StringComparison.OrdinalIgnoreCase);
    }

    private ReviewCounts Recount()
    {
        int confirmed = 0, rejected = 0, unreviewed = 0, low = 0;
        foreach (var link in links)
        {
            switch (link.Status)
            {
                case LinkStatus.Confirmed: confirmed++; break;
                case LinkStatus.Rejected: rejected++; break;
                default: unreviewed++; break;
            }

            if (options.Policy.IsLowConfidence(link))
            {
                low++;
            }
        }

        return new ReviewCounts(confirmed, rejected, unreviewed, low);
    }

    private static List<Segment> Slice(IReadOnlyList<Segment> segments, int start, int count)
    {
        var slice = new List<Segment>(count);
        for (var i = start; i < start + count; i++)
        {
            slice.Add(segments[i]);
        }

        return slice;
    }
}
