using System.Globalization;
using Workbench.Core.Documents;
using Workbench.Core.Review;
using Workbench.Core.Terminology;
using Workbench.Core.Text.Japanese;

namespace Workbench.Tui;

/// <summary>
/// Lays a <see cref="ReviewSession"/> out as a <see cref="ScreenFrame"/>: a title line, a column header, the beads
/// that fit (English left, Japanese right, each sentence wrapped by display width, the current pair's term findings
/// under it with a character diff), a message line and a status bar. Only the beads on screen are wrapped, so the
/// cost of a frame does not grow with the document.
/// </summary>
public sealed class ReviewScreen(ITermIssueSource? termIssues)
{
    public const int MinimumWidth = 40;
    public const int MinimumHeight = 6;

    private const int ChromeRows = 4;
    private const int ConfidenceWidth = 4;
    private const int ShapeWidth = 5;
    private const string CellSeparator = " │ ";
    private const string GutterSeparator = "│ ";

    /// <summary>What stands before the query field while a search is typed (<see cref="ScreenMode.Search"/>).</summary>
    public string SearchPrompt { get; set; } = "/";

    public ScreenFrame Render(ReviewSession session, ScreenMode mode, int width, int height, int helpScroll = 0)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (width < MinimumWidth || height < MinimumHeight)
        {
            return TooSmall(width, height);
        }

        if (mode == ScreenMode.Help)
        {
            return Help(width, height, helpScroll);
        }

        var layout = new ColumnLayout(width, session.Links.Count);
        var lines = new List<ScreenLine>(height) { TitleLine(session, width), HeaderLine(layout) };
        var rowBeads = new List<int> { -1, -1 };
        BeadRows(session, layout, height - ChromeRows, lines, rowBeads);
        lines.Add(MessageLine(session, mode, width));
        lines.Add(StatusLine(session, mode, width));
        rowBeads.Add(-1);
        rowBeads.Add(-1);
        return new ScreenFrame(width, height, lines, rowBeads);
    }

    /// <summary>The help lines for <paramref name="width"/>: every binding of every mode, wrapped, then the legend.</summary>
    public static IReadOnlyList<ScreenLine> HelpLines(int width)
    {
        var keyWidth = KeyMap.Bindings.Max(b => DisplayText.Width(b.Keys)) + 4;
        var lines = new List<ScreenLine>();
        foreach (var group in KeyMap.Bindings.GroupBy(b => b.Mode))
        {
            lines.Add(new StyledLine(width).Add(" " + ModeTitle(group.Key), Tone.Header).Finish());
            foreach (var binding in group)
            {
                var wrapped = DisplayText.Wrap(binding.Help, Math.Max(10, width - keyWidth - 1));
                for (var i = 0; i < wrapped.Count; i++)
                {
                    var line = new StyledLine(width);
                    if (i == 0)
                    {
                        line.Add("  " + binding.Keys, Tone.Bold);
                    }

                    lines.Add(line.PadTo(keyWidth).Add(wrapped[i]).Finish());
                }
            }
        }

        lines.Add(new StyledLine(width).Add(" Columns", Tone.Header).Finish());
        foreach (var legend in Legend)
        {
            foreach (var text in DisplayText.Wrap(legend, width - 3))
            {
                lines.Add(new StyledLine(width).Add("  " + text).Finish());
            }
        }

        return lines;
    }

    internal static IReadOnlyList<string> Legend { get; } =
    [
        "status: ✓ confirmed, ✗ rejected, · unreviewed; ! low confidence, to look at first",
        "conf: the aligner's confidence 0.00–1.00; \"edit\" marks a bead shaped by hand (merge, split, shift), not yet confirmed",
        "en-ja: how many English and Japanese sentences the bead pairs (1-0 / 0-1: one side has none)",
        "progress counts the beads that need a decision: one-sided beads outside the other side's text are left out (C confirms such a run at once)",
    ];

    internal static ScreenFrame TooSmall(int width, int height)
    {
        var lines = new List<ScreenLine>();
        for (var row = 0; row < Math.Max(1, height); row++)
        {
            var text = row == 0 ? $"Terminal too small: need {MinimumWidth}×{MinimumHeight}" : string.Empty;
            lines.Add(new StyledLine(Math.Max(1, width)).Add(text).Finish());
        }

        return new ScreenFrame(width, Math.Max(1, height), lines, Enumerable.Repeat(-1, lines.Count).ToList());
    }

    private static string ModeTitle(ScreenMode mode) => mode switch
    {
        ScreenMode.Normal => "Review keys",
        ScreenMode.Split => "While splitting (s)",
        ScreenMode.Search => "While typing a search (/, f)",
        ScreenMode.Concordance => "In the concordance panel (/, f)",
        ScreenMode.Form => "In a form (e, a)",
        ScreenMode.Terms => "In the terms panel (t)",
        ScreenMode.Picker => "Choosing the document (review without --doc)",
        _ => "In this help",
    };

    private static ScreenFrame Help(int width, int height, int scroll)
    {
        var body = HelpLines(width);
        var rows = height - 2;
        var top = Math.Clamp(scroll, 0, Math.Max(0, body.Count - rows));
        var lines = new List<ScreenLine>(height)
        {
            new StyledLine(width).Add(" Review keys — ↑↓ scroll, any other key goes back", Tone.Title).Finish(Tone.Title),
        };
        lines.AddRange(body.Skip(top).Take(rows));
        while (lines.Count < height - 1)
        {
            lines.Add(new StyledLine(width).Finish());
        }

        var shown = Math.Min(body.Count, top + rows);
        lines.Add(new StyledLine(width).Add($" lines {top + 1}-{shown} of {body.Count}  {KeyMap.Hints(ScreenMode.Help)}", Tone.StatusBar).Finish(Tone.StatusBar));
        return new ScreenFrame(width, height, lines, Enumerable.Repeat(-1, height).ToList());
    }

    private static ScreenLine TitleLine(ReviewSession session, int width)
    {
        var counts = session.Counts;
        var position = session.Links.Count == 0
            ? "no beads "
            : string.Create(CultureInfo.InvariantCulture, $"bead {session.Cursor + 1} of {session.Links.Count} ");
        var name = DisplayText.Clip($" review: {session.Document.Name}", width - DisplayText.Width(position) - 1);
        return new StyledLine(width).Add(name, Tone.Title)
            .PadTo(width - DisplayText.Width(position), Tone.Title)
            .Add(position, Tone.Title)
            .Finish(Tone.Title);
    }

    private static ScreenLine HeaderLine(ColumnLayout layout)
    {
        var line = new StyledLine(layout.Width)
            .PadTo(2 + layout.NumberWidth - 1).Add("#", Tone.Header)
            .PadTo(layout.StatusColumn).Add("st", Tone.Header)
            .PadTo(layout.ConfidenceColumn).Add("conf", Tone.Header)
            .PadTo(layout.ShapeColumn).Add("en-ja", Tone.Header)
            .PadTo(layout.GutterWidth).Add(GutterSeparator, Tone.Separator).Add("English", Tone.Header)
            .PadTo(layout.JapaneseColumn - CellSeparator.Length).Add(CellSeparator, Tone.Separator).Add("Japanese", Tone.Header);
        return line.Finish();
    }

    private ScreenLine MessageLine(ReviewSession session, ScreenMode mode, int width) =>
        mode == ScreenMode.Search
            ? new StyledLine(width).Add(" " + SearchPrompt, Tone.Bold).Finish()
            : new StyledLine(width).Add(" " + (session.Message ?? string.Empty), Tone.Message).Finish();

    private static ScreenLine StatusLine(ReviewSession session, ScreenMode mode, int width)
    {
        var counts = session.Counts;
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $" ✓{counts.Confirmed} ✗{counts.Rejected} ·{counts.Unreviewed} !{counts.LowConfidence} {counts.Progress * 100:0}% of {counts.NeedingDecision} │ ");
        return new StyledLine(width).Add(summary + KeyMap.Hints(mode), Tone.StatusBar).Finish(Tone.StatusBar);
    }

    private void BeadRows(ReviewSession session, ColumnLayout layout, int rows, List<ScreenLine> output, List<int> rowBeads)
    {
        var start = output.Count;
        if (session.Links.Count == 0)
        {
            output.Add(new StyledLine(layout.Width).Add(" This document has no beads.", Tone.Dim).Finish());
            rowBeads.Add(-1);
        }
        else
        {
            FillBeads(session, layout, rows, output, rowBeads);
        }

        while (output.Count - start < rows)
        {
            output.Add(new StyledLine(layout.Width).Finish());
            rowBeads.Add(-1);
        }
    }

    private void FillBeads(ReviewSession session, ColumnLayout layout, int rows, List<ScreenLine> output, List<int> rowBeads)
    {
        var blocks = new Dictionary<int, IReadOnlyList<ScreenLine>>();
        IReadOnlyList<ScreenLine> Block(int index)
        {
            if (!blocks.TryGetValue(index, out var block))
            {
                block = BeadBlock(session, index, layout);
                blocks[index] = block;
            }

            return block;
        }

        var count = session.Links.Count;
        var cursor = session.Cursor;
        var top = Math.Clamp(Math.Min(session.Viewport.Top, cursor), 0, count - 1);
        var used = 0;
        var cursorFits = false;
        for (var index = top; index <= cursor && used <= rows; index++)
        {
            used += Block(index).Count;
            cursorFits = index == cursor && used <= rows;
        }

        if (!cursorFits)
        {
            top = BackFill(cursor, Block(cursor).Count, rows, Block);
        }

        used = 0;
        var next = top;
        for (; next < count && used < rows; next++)
        {
            used += Block(next).Count;
        }

        if (next == count && used < rows)
        {
            // The end of the document is on screen: use the spare rows for beads above rather than leave them blank.
            top = BackFill(top, used, rows, Block);
        }

        var fullyShown = 0;
        var shown = 0;
        for (var index = top; index < count && shown < rows; index++)
        {
            var block = Block(index);
            if (shown + block.Count <= rows)
            {
                fullyShown++;
            }

            foreach (var line in block.Take(rows - shown))
            {
                output.Add(line);
                rowBeads.Add(index);
                shown++;
            }
        }

        session.Viewport.Top = top;
        session.Viewport.PageSize = Math.Max(1, fullyShown);
    }

    private static int BackFill(int top, int used, int rows, Func<int, IReadOnlyList<ScreenLine>> block)
    {
        while (top > 0 && used + block(top - 1).Count <= rows)
        {
            top--;
            used += block(top).Count;
        }

        return top;
    }

    private List<ScreenLine> BeadBlock(ReviewSession session, int index, ColumnLayout layout)
    {
        var pair = session.PairAt(index);
        var isCurrent = index == session.Cursor;
        var split = isCurrent ? session.Split : null;
        var english = SideLines(pair.English, layout.EnglishWidth, "(no English)", split?.EnglishSplit, split?.ActiveSide == Language.English);
        var japanese = SideLines(pair.Japanese, layout.JapaneseWidth, "(no Japanese)", split?.JapaneseSplit, split?.ActiveSide == Language.Japanese);
        var block = new List<ScreenLine>();
        var hit = session.LastSearch;
        for (var row = 0; row < Math.Max(english.Count, japanese.Count); row++)
        {
            var line = new StyledLine(layout.Width, isCurrent);
            if (row == 0)
            {
                Gutter(line, session, index, layout, isCurrent);
            }

            line.PadTo(layout.GutterWidth).Add(GutterSeparator, Tone.Separator);
            if (row < english.Count)
            {
                line.AddMarking(english[row].Text, english[row].Tone == Tone.Plain ? hit : string.Empty, english[row].Tone);
            }

            line.PadTo(layout.JapaneseColumn - CellSeparator.Length).Add(CellSeparator, Tone.Separator);
            if (row < japanese.Count)
            {
                line.AddMarking(japanese[row].Text, japanese[row].Tone == Tone.Plain ? hit : string.Empty, japanese[row].Tone);
            }

            block.Add(line.Finish());
        }

        if (isCurrent && termIssues is not null)
        {
            foreach (var issue in termIssues.IssuesFor(pair))
            {
                block.AddRange(IssueLines(issue, layout));
            }
        }

        return block;
    }

    private static void Gutter(StyledLine line, ReviewSession session, int index, ColumnLayout layout, bool isCurrent)
    {
        var link = session.Links[index];
        var options = session.Options;
        var (marker, markerTone) = link.Status switch
        {
            LinkStatus.Confirmed => ("✓", Tone.Confirmed),
            LinkStatus.Rejected => ("✗", Tone.Rejected),
            _ => ("·", Tone.Unreviewed),
        };
        var confidence = link.Bead.Confidence;
        var (confidenceText, confidenceTone) = session.IsHandShaped(index)
            ? ("edit", Tone.Edited)
            : (confidence.ToString("0.00", CultureInfo.InvariantCulture),
                confidence < options.Policy.LowConfidenceThreshold ? Tone.LowConfidence
                : confidence < options.HighConfidenceThreshold ? Tone.MediumConfidence
                : Tone.HighConfidence);
        var number = (index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(layout.NumberWidth);
        line.Add(isCurrent ? "▶ " : "  ", Tone.Bold)
            .Add(number, isCurrent ? Tone.Bold : Tone.Dim)
            .PadTo(layout.StatusColumn)
            .Add(marker, markerTone)
            .Add(options.Policy.IsLowConfidence(link) ? "!" : " ", Tone.LowConfidence)
            .PadTo(layout.ConfidenceColumn)
            .Add(confidenceText, confidenceTone)
            .PadTo(layout.ShapeColumn)
            .Add(BeadChain.Shape(link.Bead), link.Bead.IsNull ? Tone.MediumConfidence : Tone.Dim);
    }

    private static List<TextRun> SideLines(
        IReadOnlyList<Segment> sentences,
        int width,
        string emptyLabel,
        int? splitAfter,
        bool splitSideActive)
    {
        var lines = new List<TextRun>();
        if (sentences.Count == 0 && splitAfter is null)
        {
            lines.Add(new TextRun(emptyLabel, Tone.Dim));
            return lines;
        }

        for (var sentence = 0; sentence <= sentences.Count; sentence++)
        {
            if (sentence == splitAfter)
            {
                var marker = DisplayText.Clip("── split here " + new string('─', width), width);
                lines.Add(new TextRun(marker, splitSideActive ? Tone.SplitMarker : Tone.SplitMarkerInactive));
            }

            if (sentence < sentences.Count)
            {
                lines.AddRange(DisplayText.Wrap(sentences[sentence].Text, width).Select(text => new TextRun(text, Tone.Plain)));
            }
        }

        return lines;
    }

    private static IEnumerable<ScreenLine> IssueLines(TermIssue issue, ColumnLayout layout)
    {
        var note = string.IsNullOrEmpty(issue.Note) ? string.Empty : " — " + issue.Note;
        var headline = new StyledLine(layout.Width, current: true).PadTo(layout.GutterWidth).Add("⚠ ", Tone.Issue);
        if (issue.Expected.Length == 0)
        {
            // Nothing to compare (an untranslated segment, say): the checker's message says it all.
            yield return headline.Add(issue.Term + note).Finish();
            yield break;
        }

        var found = issue.Found.Length == 0 ? "(missing)" : issue.Found;
        yield return headline.Add($"{issue.Term}: expected {issue.Expected}, found {found}{note}").Finish();
        var diff = new StyledLine(layout.Width, current: true).PadTo(layout.GutterWidth).Add("  diff: ", Tone.Dim);
        foreach (var span in CharacterDiff.Compute(issue.Expected, issue.Found))
        {
            // The same notation as the checker's reports, so the diff reads right without colour too.
            var (text, tone) = span.Kind switch
            {
                DiffSpanKind.Removed => ($"[-{span.Text}]", Tone.Deleted),
                DiffSpanKind.Added => ($"[+{span.Text}]", Tone.Inserted),
                _ => (span.Text, Tone.Plain),
            };
            diff.Add(text, tone);
        }

        yield return diff.Finish();
    }

    /// <summary>Where the columns of a bead row start, for one terminal width.</summary>
    private sealed class ColumnLayout
    {
        public ColumnLayout(int width, int beadCount)
        {
            Width = width;
            NumberWidth = Math.Max(1, beadCount).ToString(CultureInfo.InvariantCulture).Length;

            // ▶␠ number ␠ status low ␠ conf ␠ shape ␠
            StatusColumn = 2 + NumberWidth + 1;
            ConfidenceColumn = StatusColumn + 3;
            ShapeColumn = ConfidenceColumn + ConfidenceWidth + 1;
            GutterWidth = ShapeColumn + ShapeWidth + 1;
            var textWidth = width - GutterWidth - GutterSeparator.Length - CellSeparator.Length;
            EnglishWidth = textWidth / 2;
            JapaneseWidth = textWidth - EnglishWidth;
            JapaneseColumn = GutterWidth + GutterSeparator.Length + EnglishWidth + CellSeparator.Length;
        }

        public int Width { get; }

        public int NumberWidth { get; }

        public int StatusColumn { get; }

        public int ConfidenceColumn { get; }

        public int ShapeColumn { get; }

        public int GutterWidth { get; }

        public int EnglishWidth { get; }

        public int JapaneseWidth { get; }

        public int JapaneseColumn { get; }
    }
}
