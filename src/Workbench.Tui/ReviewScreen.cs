using System.Globalization;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;
using Workbench.Core.Text.Japanese;

namespace Workbench.Tui;

/// <summary>
/// Draws a <see cref="ReviewSession"/> as a <see cref="ScreenFrame"/>: a title line, the beads that fit (English
/// left, Japanese right, each sentence wrapped by display width), a message line and a status bar. Only the beads on
/// screen are wrapped, so the cost of a frame does not grow with the document.
/// </summary>
public sealed class ReviewScreen(ITermIssueSource? termIssues)
{
    public const int MinimumWidth = 40;
    public const int MinimumHeight = 6;

    private const int ChromeRows = 3;
    private const int ShapeWidth = 4;
    private const string CellSeparator = " │ ";
    private const string GutterSeparator = "│ ";

    public ScreenFrame Render(ReviewSession session, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (width < MinimumWidth || height < MinimumHeight)
        {
            return TooSmall(width, height);
        }

        if (session.Mode == ReviewMode.Help)
        {
            return Help(width, height);
        }

        var lines = new List<string>(height) { TitleLine(session, width) };
        lines.AddRange(BeadRows(session, new ColumnLayout(width, session.Links.Count), height - ChromeRows));
        lines.Add(MessageLine(session, width));
        lines.Add(StatusLine(session, width));
        return new ScreenFrame(width, height, lines);
    }

    internal static ScreenFrame TooSmall(int width, int height)
    {
        var lines = new List<string>();
        for (var row = 0; row < Math.Max(1, height); row++)
        {
            var text = row == 0 ? $"Terminal too small: need {MinimumWidth}×{MinimumHeight}" : string.Empty;
            lines.Add(new StyledLine(Math.Max(1, width)).Add(text).Finish());
        }

        return new ScreenFrame(width, Math.Max(1, height), lines);
    }

    private static ScreenFrame Help(int width, int height)
    {
        var lines = new List<string>(height)
        {
            new StyledLine(width).Add(" Review keys — press any key to go back", Palette.Title).Finish(Palette.Title),
        };
        var keyWidth = KeyBindings.Reference.Max(entry => DisplayText.Width(entry.Keys)) + 4;
        foreach (var (keys, meaning) in KeyBindings.Reference.Take(height - 1))
        {
            lines.Add(new StyledLine(width).Add("  " + keys, "bold").PadTo(keyWidth).Add(meaning).Finish());
        }

        while (lines.Count < height)
        {
            lines.Add(new StyledLine(width).Finish());
        }

        return new ScreenFrame(width, height, lines);
    }

    private static string TitleLine(ReviewSession session, int width)
    {
        var position = session.Links.Count == 0
            ? "no beads "
            : $"bead {session.Cursor + 1} of {session.Links.Count} ";
        var line = new StyledLine(width);
        var name = DisplayText.Clip($" review: {session.Document.Name}", width - DisplayText.Width(position) - 1);
        return line.Add(name, Palette.Title)
            .PadTo(width - DisplayText.Width(position), Palette.Title)
            .Add(position, Palette.Title)
            .Finish(Palette.Title);
    }

    private static string MessageLine(ReviewSession session, int width)
    {
        var line = new StyledLine(width);
        if (session.Mode == ReviewMode.Search)
        {
            return line.Add("/" + session.SearchInput, Palette.Search).Add("▏").Finish();
        }

        return line.Add(" " + (session.Message ?? string.Empty), Palette.Message).Finish();
    }

    private static string StatusLine(ReviewSession session, int width)
    {
        var counts = session.Counts;
        var reviewed = session.Links.Count == 0 ? 0 : 100.0 * (counts.Confirmed + counts.Rejected) / session.Links.Count;
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $" ✓{counts.Confirmed} ✗{counts.Rejected} ·{counts.Unreviewed} !{counts.LowConfidence} {reviewed:0}% │ ");
        var hints = session.Mode switch
        {
            ReviewMode.Split => "[ ] English  { } Japanese  ↑↓ Tab  Enter split  Esc cancel",
            ReviewMode.Search => "type to search both sides  Enter find  Esc cancel",
            _ => "c confirm x reject m merge s split u undo ? help q quit",
        };
        return new StyledLine(width).Add(summary + hints, Palette.StatusBar).Finish(Palette.StatusBar);
    }

    private List<string> BeadRows(ReviewSession session, ColumnLayout layout, int rows)
    {
        var output = new List<string>(rows);
        var count = session.Links.Count;
        if (count == 0)
        {
            output.Add(new StyledLine(layout.Width).Add(" This document has no beads.", Palette.Dim).Finish());
        }
        else
        {
            FillBeads(session, layout, rows, output);
        }

        while (output.Count < rows)
        {
            output.Add(new StyledLine(layout.Width).Finish());
        }

        return output;
    }

    private void FillBeads(ReviewSession session, ColumnLayout layout, int rows, List<string> output)
    {
        var blocks = new Dictionary<int, IReadOnlyList<string>>();
        IReadOnlyList<string> Block(int index)
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
        for (var index = top; index < count && output.Count < rows; index++)
        {
            var block = Block(index);
            if (output.Count + block.Count <= rows)
            {
                fullyShown++;
            }

            output.AddRange(block.Take(rows - output.Count));
        }

        session.Viewport.Top = top;
        session.Viewport.PageSize = Math.Max(1, fullyShown);
    }

    private static int BackFill(int top, int used, int rows, Func<int, IReadOnlyList<string>> block)
    {
        while (top > 0 && used + block(top - 1).Count <= rows)
        {
            top--;
            used += block(top).Count;
        }

        return top;
    }

    private List<string> BeadBlock(ReviewSession session, int index, ColumnLayout layout)
    {
        var pair = session.PairAt(index);
        var isCurrent = index == session.Cursor;
        var split = isCurrent && session.Mode == ReviewMode.Split ? session.Split : null;
        var english = SideLines(pair.English, layout.EnglishWidth, "(no English)", split?.EnglishSplit, split?.ActiveSide == Language.English);
        var japanese = SideLines(pair.Japanese, layout.JapaneseWidth, "(no Japanese)", split?.JapaneseSplit, split?.ActiveSide == Language.Japanese);
        var background = isCurrent ? Palette.CurrentRow : null;
        var block = new List<string>();
        for (var row = 0; row < Math.Max(english.Count, japanese.Count); row++)
        {
            var line = new StyledLine(layout.Width, background);
            if (row == 0)
            {
                Gutter(line, session, index, layout, isCurrent);
            }

            line.PadTo(layout.GutterWidth).Add(GutterSeparator, Palette.Separator);
            if (row < english.Count)
            {
                line.Add(english[row].Text, english[row].Style);
            }

            line.PadTo(layout.JapaneseColumn - CellSeparator.Length).Add(CellSeparator, Palette.Separator);
            if (row < japanese.Count)
            {
                line.Add(japanese[row].Text, japanese[row].Style);
            }

            block.Add(line.Finish());
        }

        if (isCurrent && termIssues is not null)
        {
            foreach (var issue in termIssues.IssuesFor(pair))
            {
                block.AddRange(IssueLines(issue, layout, background));
            }
        }

        return block;
    }

    private static void Gutter(StyledLine line, ReviewSession session, int index, ColumnLayout layout, bool isCurrent)
    {
        var link = session.Links[index];
        var options = session.Options;
        var (marker, markerStyle) = link.Status switch
        {
            LinkStatus.Confirmed => ("✓", Palette.Confirmed),
            LinkStatus.Rejected => ("✗", Palette.Rejected),
            _ => ("·", Palette.Unreviewed),
        };
        var confidence = link.Bead.Confidence;
        var confidenceStyle = confidence < options.Policy.LowConfidenceThreshold ? Palette.LowConfidence
            : confidence < options.HighConfidenceThreshold ? Palette.MediumConfidence
            : Palette.HighConfidence;
        var number = (index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(layout.NumberWidth);
        line.Add(isCurrent ? "▶" : " ", "bold")
            .Add(number, isCurrent ? "bold" : Palette.Dim)
            .Add(" ")
            .Add(marker, markerStyle)
            .Add(options.Policy.IsLowConfidence(link) ? "!" : " ", Palette.LowConfidence)
            .Add(" ")
            .Add(confidence.ToString("0.00", CultureInfo.InvariantCulture), confidenceStyle)
            .Add(" ")
            .Add(BeadChain.Shape(link.Bead), link.Bead.IsNull ? Palette.MediumConfidence : Palette.Dim);
    }

    private static List<(string Text, string? Style)> SideLines(
        IReadOnlyList<Segment> sentences,
        int width,
        string emptyLabel,
        int? splitAfter,
        bool splitSideActive)
    {
        var lines = new List<(string Text, string? Style)>();
        if (sentences.Count == 0 && splitAfter is null)
        {
            lines.Add((emptyLabel, Palette.Dim));
            return lines;
        }

        for (var sentence = 0; sentence <= sentences.Count; sentence++)
        {
            if (sentence == splitAfter)
            {
                var marker = DisplayText.Clip("── split here " + new string('─', width), width);
                lines.Add((marker, splitSideActive ? Palette.SplitMarker : Palette.SplitMarkerInactive));
            }

            if (sentence < sentences.Count)
            {
                lines.AddRange(DisplayText.Wrap(sentences[sentence].Text, width).Select(text => (text, (string?)null)));
            }
        }

        return lines;
    }

    private static IEnumerable<string> IssueLines(TermIssue issue, ColumnLayout layout, string? background)
    {
        var note = string.IsNullOrEmpty(issue.Note) ? string.Empty : " — " + issue.Note;
        var headline = new StyledLine(layout.Width, background).PadTo(layout.GutterWidth).Add("⚠ ", Palette.Issue);
        if (issue.Expected.Length == 0)
        {
            // Nothing to compare (an untranslated segment, say): the checker's message says it all.
            yield return headline.Add(issue.Term + note).Finish();
            yield break;
        }

        var found = issue.Found.Length == 0 ? "(missing)" : issue.Found;
        yield return headline.Add($"{issue.Term}: expected {issue.Expected}, found {found}{note}").Finish();
        var diff = new StyledLine(layout.Width, background).PadTo(layout.GutterWidth).Add("  diff: ", Palette.Dim);
        foreach (var span in CharacterDiff.Compute(issue.Expected, issue.Found))
        {
            // The same notation as the checker's reports, so the diff reads right without colour too.
            var (text, style) = span.Kind switch
            {
                DiffSpanKind.Removed => ($"[-{span.Text}]", Palette.Deleted),
                DiffSpanKind.Added => ($"[+{span.Text}]", Palette.Inserted),
                _ => (span.Text, (string?)null),
            };
            diff.Add(text, style);
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

            // ▶ number ␠ status low ␠ 0.00 ␠ shape
            GutterWidth = 1 + NumberWidth + 1 + 2 + 1 + 4 + 1 + ShapeWidth;
            var textWidth = width - GutterWidth - GutterSeparator.Length - CellSeparator.Length;
            EnglishWidth = textWidth / 2;
            JapaneseWidth = textWidth - EnglishWidth;
            JapaneseColumn = GutterWidth + GutterSeparator.Length + EnglishWidth + CellSeparator.Length;
        }

        public int Width { get; }

        public int NumberWidth { get; }

        public int GutterWidth { get; }

        public int EnglishWidth { get; }

        public int JapaneseWidth { get; }

        public int JapaneseColumn { get; }
    }
}
