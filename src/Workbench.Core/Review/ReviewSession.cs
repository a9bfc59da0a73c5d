using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Storage;
using Workbench.Core.Terminology;

namespace Workbench.Core.Review;

/// <summary>
/// The review of one document as a state machine: commands in, state out, no UI involved. Every edit goes to the
/// translation memory first and changes the state shown only once the store has accepted it.
/// </summary>
public sealed class ReviewSession
{
    /// <summary>What the reviewer reads when an edit was refused because another reviewer changed the stretch first.</summary>
    public const string ConflictMessage = "not saved: another reviewer changed this stretch first; reloaded it as stored";

    private readonly ITranslationMemory memory;
    private readonly IAligner aligner;
    private readonly ReviewOptions options;
    private readonly LinkEditor editor;
    private List<Segment> english;
    private List<Segment> japanese;
    private List<AlignmentLink> links;
    private Coverage coverage;

    // Each bead's search keys, made on the first search after a change (see PairMatcher.Keys).
    private List<(string English, string Japanese)>? searchKeys;

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
        english = [.. memory.GetSegments(document.Id, Language.English)];
        japanese = [.. memory.GetSegments(document.Id, Language.Japanese)];
        links = [.. memory.GetLinks(document.Id)];
        Viewport = new Viewport(options.DefaultPageSize);
        Counts = Recount();
    }

    public DocumentSummary Document { get; }

    public IReadOnlyList<Segment> English => english;

    public IReadOnlyList<Segment> Japanese => japanese;

    public IReadOnlyList<AlignmentLink> Links => links;

    public ReviewOptions Options => options;

    /// <summary>Index of the current bead.</summary>
    public int Cursor { get; private set; }

    public Viewport Viewport { get; }

    /// <summary>The split being chosen, or null when no split is under way.</summary>
    public SplitState? Split { get; private set; }

    /// <summary>The query of the last search, highlighted in the beads.</summary>
    public string LastSearch { get; private set; } = string.Empty;

    /// <summary>What the last command did, or why it could not.</summary>
    public string? Message { get; set; }

    public ReviewCounts Counts { get; private set; }

    /// <summary>Bumped on every change of beads or texts, so a UI can tell its cached layout is stale.</summary>
    public int Version { get; private set; }

    /// <summary>The link at <paramref name="index"/> with its sentences.</summary>
    public AlignedPair PairAt(int index)
    {
        var bead = links[index].Bead;
        return new AlignedPair(
            Document.Name,
            links[index],
            english.GetRange(bead.EnStart, bead.EnCount),
            japanese.GetRange(bead.JaStart, bead.JaCount));
    }

    /// <summary>Whether the bead is one-sided and lies outside the other side's coverage (before its first or after
    /// its last sentence): nothing there can be aligned, so it needs no decision, only an optional block confirm.</summary>
    public bool IsBeyondCoverage(int index) => coverage.IsBeyond(index, links[index].Bead);

    /// <summary>What <c>n</c>/<c>N</c> visit and progress counts: unreviewed beads inside both sides' coverage.</summary>
    public bool NeedsDecision(int index) => links[index].Status == LinkStatus.Auto && !IsBeyondCoverage(index);

    /// <summary>Whether the bead was shaped by a reviewer (merge, split, shift) and not yet confirmed: its stored
    /// confidence is <see cref="ReviewOptions.EditedBeadConfidence"/>, not the aligner's judgement.</summary>
    public bool IsHandShaped(int index)
    {
        var link = links[index];
        return link.Status == LinkStatus.Auto && link.Bead.Confidence >= options.EditedBeadConfidence &&
            link.UpdatedAt > Document.ImportedAt;
    }

    public void Execute(ReviewCommand command)
    {
        Message = null;
        if (links.Count == 0)
        {
            Message = "this document has no beads";
            return;
        }

        if (Split is { } split)
        {
            ExecuteSplit(command, split);
            return;
        }

        switch (command)
        {
            case ReviewCommand.MoveDown: MoveTo(Cursor + 1); break;
            case ReviewCommand.MoveUp: MoveTo(Cursor - 1); break;
            case ReviewCommand.PageDown: MoveTo(Cursor + Math.Max(1, Viewport.PageSize)); break;
            case ReviewCommand.PageUp: MoveTo(Cursor - Math.Max(1, Viewport.PageSize)); break;
            case ReviewCommand.First: MoveTo(0); break;
            case ReviewCommand.Last: MoveTo(links.Count - 1); break;
            case ReviewCommand.NextNeedingDecision: FindNeedingDecision(forward: true); break;
            case ReviewCommand.PreviousNeedingDecision: FindNeedingDecision(forward: false); break;
            case ReviewCommand.Confirm: ConfirmAndMove(); break;
            case ReviewCommand.ConfirmRun: Apply(editor.ConfirmOneSidedRun(links, Cursor)); break;
            case ReviewCommand.Reject: Apply(editor.SetStatus(links, Cursor, LinkStatus.Rejected)); break;
            case ReviewCommand.MergeWithNext: Apply(editor.MergeWithNext(links, Cursor)); break;
            case ReviewCommand.StartSplit: StartSplit(); break;
            case ReviewCommand.EnglishBoundaryDown: Apply(editor.ShiftBoundary(links, Cursor, Language.English, down: true)); break;
            case ReviewCommand.EnglishBoundaryUp: Apply(editor.ShiftBoundary(links, Cursor, Language.English, down: false)); break;
            case ReviewCommand.JapaneseBoundaryDown: Apply(editor.ShiftBoundary(links, Cursor, Language.Japanese, down: true)); break;
            case ReviewCommand.JapaneseBoundaryUp: Apply(editor.ShiftBoundary(links, Cursor, Language.Japanese, down: false)); break;
            case ReviewCommand.Undo: Revert(undo: true); break;
            case ReviewCommand.Redo: Revert(undo: false); break;
            case ReviewCommand.Realign: Apply(editor.Realign(links, Cursor, english, japanese, aligner)); break;
        }
    }

    /// <summary>Makes bead <paramref name="index"/> current (a click, a jump from a finding), clamped to the document.</summary>
    public void MoveTo(int index)
    {
        if (links.Count > 0)
        {
            Cursor = Math.Clamp(index, 0, links.Count - 1);
        }
    }

    /// <summary>The bead holding segment <paramref name="index"/> of <paramref name="side"/>, or -1.</summary>
    public int BeadOf(Language side, int index)
    {
        var low = 0;
        var high = links.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var bead = links[middle].Bead;
            var (start, end) = side == Language.English ? (bead.EnStart, bead.EnEnd) : (bead.JaStart, bead.JaEnd);
            // A bead with nothing on this side (start == end) precedes the bead that holds segment start: go right.
            if (index < start)
            {
                high = middle - 1;
            }
            else if (index >= end)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>Moves to the next bead (wrapping) whose English or Japanese contains <paramref name="query"/>; an
    /// empty query repeats the last search.</summary>
    public bool Search(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Message = null;
        if (query.Length > 0)
        {
            LastSearch = query;
        }

        if (LastSearch.Length == 0)
        {
            Message = "nothing to search for";
            return false;
        }

        var matcher = new PairMatcher(LastSearch);
        if (!matcher.HasKey)
        {
            Message = $"\"{LastSearch}\" has nothing to search for (only punctuation or spaces)";
            return false;
        }

        for (var step = 1; step <= links.Count; step++)
        {
            var index = (Cursor + step) % links.Count;
            if (matcher.Matches(SearchKeysOf(index)))
            {
                Message = index == Cursor ? $"\"{LastSearch}\" only matches this bead" : $"\"{LastSearch}\" found in bead {index + 1}";
                Cursor = index;
                return true;
            }
        }

        Message = $"\"{LastSearch}\" not found";
        return false;
    }

    /// <summary>Every bead of this document whose English or Japanese contains <paramref name="query"/> (see
    /// <see cref="PairMatcher"/>), in document order; rejected and one-sided beads included.</summary>
    public ConcordanceResult FindInDocument(string query)
    {
        var matcher = new PairMatcher(query);
        var pairs = new List<AlignedPair>();
        var beads = new List<int>();
        for (var index = 0; matcher.HasKey && index < links.Count; index++)
        {
            if (matcher.Matches(SearchKeysOf(index)))
            {
                pairs.Add(PairAt(index));
                beads.Add(index);
            }
        }

        return new ConcordanceResult(query, WholeMemory: false, new HighlightedHits(pairs, matcher), beads, Truncated: false);
    }

    /// <summary>
    /// Concordance over every document of the memory through its search index (the rule of <c>workbench
    /// search</c>): confirmed pairs first, then the newest, at most <paramref name="limit"/>. Null, with
    /// <see cref="Message"/> saying why, when the query is refused or the backend has no search index.
    /// </summary>
    public ConcordanceResult? SearchMemory(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        Message = null;
        try
        {
            var hits = new ConcordanceSearch(memory.SearchIndex).Search(query, SearchSide.Both, [], [], limit);
            var beads = hits.Select(hit => BeadOf(hit.Pair)).ToList();
            var here = beads.Count(bead => bead >= 0);
            if (hits.Count > 0)
            {
                LastSearch = query;
            }

            Message = hits.Count == 0
                ? $"\"{query}\" not found in the memory"
                : $"\"{query}\": {(hits.Count == limit ? "first " : string.Empty)}{hits.Count} pairs in the memory, {here} in this document";
            return new ConcordanceResult(query, WholeMemory: true, hits, beads, Truncated: hits.Count == limit);
        }
        catch (Exception error) when (error is WorkbenchInputException or TranslationMemoryException)
        {
            Message = $"memory search: {error.Message.ReplaceLineEndings(" ")}";
            return null;
        }
    }

    /// <summary>The bead of this review that is <paramref name="pair"/>, or -1 when the pair belongs to another
    /// document or this review no longer holds that bead.</summary>
    public int BeadOf(AlignedPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.Document != Document.Name)
        {
            return -1;
        }

        var index = BeadChain.IndexOfStart(links, pair.Link.Bead);
        return index >= 0 && SameShape(links[index].Bead, pair.Link.Bead) ? index : -1;
    }

    /// <summary>Forgets the highlighted search.</summary>
    public void ClearSearch() => LastSearch = string.Empty;

    /// <summary>Corrects the text of one segment of the current bead, stored with history; the links stay.</summary>
    public bool EditSegmentText(Language side, int segmentIndex, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Message = null;
        var segments = side == Language.English ? english : japanese;
        if (segmentIndex < 0 || segmentIndex >= segments.Count)
        {
            Message = $"there is no {side} sentence {segmentIndex + 1}";
            return false;
        }

        var corrected = text.ReplaceLineEndings(" ").Trim().Normalize();
        var current = segments[segmentIndex];
        if (corrected.Length == 0)
        {
            Message = "a sentence cannot be emptied; merge or shift it into a neighbour instead";
            return false;
        }

        if (corrected == current.Text)
        {
            Message = "the text is unchanged";
            return false;
        }

        var change = new SegmentTextChange(side, segmentIndex, current.Text, corrected);
        var description = $"edit {side} sentence {segmentIndex + 1}";
        if (!TryStore(() => memory.EditSegmentText(Document.Id, description, change)))
        {
            return false;
        }

        segments[segmentIndex] = current with { Text = corrected };
        Changed();
        Message = $"saved: {description}";
        return true;
    }

    /// <summary>Adds a term base entry to the stored glossary (keeping the others).</summary>
    public bool AddGlossaryEntry(GlossaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Message = null;
        if (string.IsNullOrWhiteSpace(entry.English) || entry.Approved.Count == 0 || entry.Approved.Any(string.IsNullOrWhiteSpace))
        {
            Message = "a glossary entry needs an English term and an approved Japanese rendering";
            return false;
        }

        if (!TryStore(() => memory.ReplaceGlossary([.. memory.GetGlossary(), entry])))
        {
            return false;
        }

        Changed();
        Message = $"added to the glossary: {entry.English} → {string.Join(" / ", entry.Approved)}";
        return true;
    }

    private void ExecuteSplit(ReviewCommand command, SplitState split)
    {
        var bead = links[Cursor].Bead;
        switch (command)
        {
            case ReviewCommand.SplitCommit:
                Split = null;
                Apply(editor.Split(links, Cursor, split.EnglishSplit, split.JapaneseSplit));
                break;
            case ReviewCommand.SplitCancel:
                Split = null;
                Message = "split cancelled";
                break;
            case ReviewCommand.SplitSwitchSide:
                Split = split with { ActiveSide = split.ActiveSide == Language.English ? Language.Japanese : Language.English };
                break;
            case ReviewCommand.SplitEnglishDown:
                Split = split with { EnglishSplit = Math.Min(bead.EnCount, split.EnglishSplit + 1) };
                break;
            case ReviewCommand.SplitEnglishUp:
                Split = split with { EnglishSplit = Math.Max(0, split.EnglishSplit - 1) };
                break;
            case ReviewCommand.SplitJapaneseDown:
                Split = split with { JapaneseSplit = Math.Min(bead.JaCount, split.JapaneseSplit + 1) };
                break;
            case ReviewCommand.SplitJapaneseUp:
                Split = split with { JapaneseSplit = Math.Max(0, split.JapaneseSplit - 1) };
                break;
            case ReviewCommand.SplitActiveDown:
                Split = MoveActiveSplit(split, bead, +1);
                break;
            case ReviewCommand.SplitActiveUp:
                Split = MoveActiveSplit(split, bead, -1);
                break;
        }
    }

    private void ConfirmAndMove()
    {
        if (links[Cursor].Status == LinkStatus.Confirmed)
        {
            MoveTo(Cursor + 1);
            return;
        }

        Apply(editor.SetStatus(links, Cursor, LinkStatus.Confirmed));
    }

    private void FindNeedingDecision(bool forward)
    {
        var step = forward ? 1 : -1;
        for (var i = Cursor + step; i >= 0 && i < links.Count; i += step)
        {
            if (NeedsDecision(i))
            {
                Cursor = i;
                return;
            }
        }

        Message = forward ? "no bead below needs a decision" : "no bead above needs a decision";
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
        Changed();
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

        foreach (var change in edit.TextChanges)
        {
            var segments = change.Side == Language.English ? english : japanese;
            segments[change.Index] = segments[change.Index] with { Text = undo ? change.Before : change.After };
            var bead = BeadOf(change.Side, change.Index);
            MoveTo(bead < 0 ? Cursor : bead);
        }

        var (removed, restored) = undo ? (edit.After, edit.Before) : (edit.Before, edit.After);
        if (removed.Count > 0)
        {
            var start = BeadChain.IndexOfStart(links, removed[0].Bead);
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
        }

        Changed();
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
            if (!SameShape(links[start + i].Bead, expected[i].Bead))
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
        catch (EditConflictException)
        {
            Reload();
            Message = ConflictMessage;
            return false;
        }
        // Nothing was written: the store's writes are atomic, so the screen keeps showing what the database holds.
        catch (Exception error) when (error is TranslationMemoryException or ArgumentException or WorkbenchInputException)
        {
            if (error is TranslationMemoryException && ChangedElsewhere())
            {
                Reload();
                Message = ConflictMessage;
                return false;
            }

            Message = $"not saved: {error.Message.ReplaceLineEndings(" ")}";
            return false;
        }
    }

    /// <summary>Whether the store holds other links or sentences than this review shows: another reviewer wrote
    /// since we read. (A store refuses a stale sentence correction or undo without saying why in a type of its own.)</summary>
    private bool ChangedElsewhere()
    {
        try
        {
            var stored = memory.GetLinks(Document.Id);
            if (stored.Count != links.Count || stored.Where((link, i) => !SameShape(link.Bead, links[i].Bead) || link.Status != links[i].Status || link.Version != links[i].Version).Any())
            {
                return true;
            }

            return !SameTexts(memory.GetSegments(Document.Id, Language.English), english) ||
                !SameTexts(memory.GetSegments(Document.Id, Language.Japanese), japanese);
        }
        catch (TranslationMemoryException)
        {
            return false;
        }

        static bool SameTexts(IReadOnlyList<Segment> stored, List<Segment> shown) =>
            stored.Count == shown.Count && stored.Select(s => s.Text).SequenceEqual(shown.Select(s => s.Text));
    }

    /// <summary>Reads the document's sentences and links again, keeping the cursor on the bead that starts where
    /// the current one did (else nearby). The store's own reviewers' edits show; nothing of ours is pending.</summary>
    private void Reload()
    {
        var cursorBead = links.Count == 0 ? null : links[Cursor].Bead;
        english = [.. memory.GetSegments(Document.Id, Language.English)];
        japanese = [.. memory.GetSegments(Document.Id, Language.Japanese)];
        links = [.. memory.GetLinks(Document.Id)];
        Split = null;
        var start = cursorBead is null ? -1 : BeadChain.IndexOfStart(links, cursorBead);
        MoveTo(start < 0 ? Math.Min(Cursor, links.Count - 1) : start);
        Changed();
    }

    private void StartSplit()
    {
        var bead = links[Cursor].Bead;
        if (bead.EnCount + bead.JaCount < 2)
        {
            Message = "a bead with one sentence cannot be split";
            return;
        }

        var englishSplit = (bead.EnCount + 1) / 2;
        var japaneseSplit = (bead.JaCount + 1) / 2;
        if (englishSplit == bead.EnCount && japaneseSplit == bead.JaCount)
        {
            // A 1-1 bead: the useful default is 1-0 + 0-1.
            japaneseSplit = Math.Max(0, japaneseSplit - 1);
        }

        Split = new SplitState(englishSplit, japaneseSplit, Language.English);
    }

    private static SplitState MoveActiveSplit(SplitState split, Bead bead, int step) =>
        split.ActiveSide == Language.English
            ? split with { EnglishSplit = Math.Clamp(split.EnglishSplit + step, 0, bead.EnCount) }
            : split with { JapaneseSplit = Math.Clamp(split.JapaneseSplit + step, 0, bead.JaCount) };

    private static bool SameShape(Bead have, Bead want) =>
        have.EnStart == want.EnStart && have.EnCount == want.EnCount && have.JaStart == want.JaStart && have.JaCount == want.JaCount;

    private (string English, string Japanese) SearchKeysOf(int index)
    {
        searchKeys ??= new List<(string, string)>(links.Count);
        while (searchKeys.Count <= index)
        {
            searchKeys.Add(PairMatcher.Keys(PairAt(searchKeys.Count)));
        }

        return searchKeys[index];
    }

    private void Changed()
    {
        Version++;
        searchKeys = null;
        Counts = Recount();
    }

    private ReviewCounts Recount()
    {
        coverage = Coverage.Of(links);
        int confirmed = 0, rejected = 0, unreviewed = 0, low = 0, needing = 0, decided = 0;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
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

            if (!coverage.IsBeyond(i, link.Bead))
            {
                needing++;
                decided += link.Status == LinkStatus.Auto ? 0 : 1;
            }
        }

        return new ReviewCounts(confirmed, rejected, unreviewed, low, needing, decided);
    }

    /// <summary>The first and last bead holding a sentence of each side.</summary>
    private readonly record struct Coverage(int FirstEnglish, int LastEnglish, int FirstJapanese, int LastJapanese)
    {
        public static Coverage Of(IReadOnlyList<AlignmentLink> links)
        {
            int firstEnglish = -1, lastEnglish = -1, firstJapanese = -1, lastJapanese = -1;
            for (var i = 0; i < links.Count; i++)
            {
                var bead = links[i].Bead;
                if (bead.EnCount > 0)
                {
                    firstEnglish = firstEnglish < 0 ? i : firstEnglish;
                    lastEnglish = i;
                }

                if (bead.JaCount > 0)
                {
                    firstJapanese = firstJapanese < 0 ? i : firstJapanese;
                    lastJapanese = i;
                }
            }

            return new Coverage(firstEnglish, lastEnglish, firstJapanese, lastJapanese);
        }

        public bool IsBeyond(int index, Bead bead) =>
            (bead.EnCount == 0 && (index < FirstEnglish || index > LastEnglish)) ||
            (bead.JaCount == 0 && (index < FirstJapanese || index > LastJapanese));
    }
}
