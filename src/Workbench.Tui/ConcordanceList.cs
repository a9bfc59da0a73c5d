using System.Globalization;
using Workbench.Core.Documents;
using Workbench.Core.Review;
using Workbench.Core.Search;
using Workbench.Core.Text.Japanese;

namespace Workbench.Tui;

/// <summary>
/// The concordance panel's contents: one entry per hit, a heading (where the pair is) and each side as a key word in
/// context line, the hit highlighted and kept in view however long the sentence; the selected entry shows both sides
/// whole, wrapped by display width, so a pair of another document can be read here. Only the entries on screen are
/// laid out. The frame's row map holds the hit shown on each row (-1 for none), for clicks.
/// </summary>
/// <param name="result">The hits.</param>
/// <param name="reviewedDocument">The document under review.</param>
/// <param name="reviewCommand">The command line that reviews a named document, shown whole under a selected hit of
/// another document (the message line may be too narrow for it).</param>
internal sealed class ConcordanceList(ConcordanceResult result, string reviewedDocument, Func<string, string>? reviewCommand)
{
    private const string EnglishLabel = "  en │ ";
    private const string JapaneseLabel = "  ja │ ";

    private int top;

    public ConcordanceResult Result => result;

    /// <summary>The selected hit.</summary>
    public int Selected { get; private set; }

    public ConcordanceHit SelectedHit => result.Hits[Selected];

    /// <summary>The selected hit's bead in the reviewed document, or -1.</summary>
    public int SelectedBead => result.Beads[Selected];

    public void Select(int hit) => Selected = Math.Clamp(hit, 0, result.Hits.Count - 1);

    /// <summary>Selects the hit on bead <paramref name="bead"/> of the reviewed document, else the first hit of the
    /// reviewed document, else the first hit.</summary>
    public void SelectNear(int bead)
    {
        var first = -1;
        for (var i = 0; i < result.Beads.Count; i++)
        {
            if (result.Beads[i] == bead)
            {
                Selected = i;
                return;
            }

            first = first < 0 && result.Beads[i] >= 0 ? i : first;
        }

        Selected = Math.Max(0, first);
    }

    /// <summary>Where a hit is, as the heading of its entry: the reviewed document's bead number, or the other
    /// document's name, then the sentences (1-based, as the review screen numbers them) and the status.</summary>
    public string Where(int hit)
    {
        var pair = result.Hits[hit].Pair;
        var bead = result.Beads[hit];
        var place = bead >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"bead {bead + 1}")
            : pair.Document == reviewedDocument ? "this document (changed since the search)" : pair.Document;
        return $"{place} · {Sentences("en", pair.English)} · {Sentences("ja", pair.Japanese)} · {pair.Link.Status.ToString().ToLowerInvariant()}";
    }

    public ScreenFrame Render(int width, int height)
    {
        var lines = new List<ScreenLine>(height);
        var rowHits = new List<int>(height);
        if (width < 10 || height < 1)
        {
            return ReviewScreen.TooSmall(width, height);
        }

        top = Math.Clamp(Math.Max(top, FirstThatShows(Selected, width, height)), 0, Selected);

        for (var hit = top; hit < result.Hits.Count && lines.Count < height; hit++)
        {
            foreach (var line in Entry(hit, width).Take(height - lines.Count))
            {
                lines.Add(line);
                rowHits.Add(hit);
            }
        }

        while (lines.Count < height)
        {
            lines.Add(new StyledLine(width).Finish());
            rowHits.Add(-1);
        }

        return new ScreenFrame(width, height, lines, rowHits);
    }

    /// <summary>The first hit from which the entries down to <paramref name="last"/> fit in
    /// <paramref name="height"/> rows: walks back from <paramref name="last"/>, so it lays out a screenful at most.</summary>
    private int FirstThatShows(int last, int width, int height)
    {
        var first = last;
        var rows = Entry(last, width).Count;
        while (first > 0)
        {
            rows += Entry(first - 1, width).Count;
            if (rows > height)
            {
                break;
            }

            first--;
        }

        return first;
    }

    private List<ScreenLine> Entry(int hit, int width)
    {
        var selected = hit == Selected;
        var entry = result.Hits[hit];
        var heading = new StyledLine(width, selected)
            .Add(selected ? "▶ " : "  ", Tone.Bold)
            .Add(string.Create(CultureInfo.InvariantCulture, $"{hit + 1}. "), Tone.Dim)
            .Add(Where(hit), result.Beads[hit] >= 0 ? Tone.Header : Tone.Dim);
        var lines = new List<ScreenLine> { heading.Finish() };
        var textWidth = width - DisplayText.Width(EnglishLabel);
        foreach (var (label, text, spans, empty) in new[]
        {
            (EnglishLabel, entry.Pair.EnglishText, entry.EnglishSpans, "(no English)"),
            (JapaneseLabel, entry.Pair.JapaneseText, entry.JapaneseSpans, "(no Japanese)"),
        })
        {
            if (text.Length == 0)
            {
                lines.Add(new StyledLine(width, selected).Add(label, Tone.Separator).Add(empty, Tone.Dim).Finish());
                continue;
            }

            var rows = selected ? Wrapped(text, spans, textWidth) : [InContext(text, spans, textWidth)];
            foreach (var row in rows)
            {
                var line = new StyledLine(width, selected).Add(label, Tone.Separator);
                foreach (var run in row)
                {
                    line.Add(run.Text, run.Tone);
                }

                lines.Add(line.Finish());
            }
        }

        if (selected && result.Beads[hit] < 0 && entry.Pair.Document != reviewedDocument && reviewCommand is not null)
        {
            foreach (var row in DisplayText.Wrap("to review that document: " + reviewCommand(entry.Pair.Document), textWidth))
            {
                lines.Add(new StyledLine(width, selected).PadTo(DisplayText.Width(EnglishLabel)).Add(row, Tone.Bold).Finish());
            }
        }

        return lines;
    }

    private static string Sentences(string side, IReadOnlyList<Segment> segments) => segments.Count switch
    {
        0 => $"no {side}",
        1 => string.Create(CultureInfo.InvariantCulture, $"{side} {segments[0].Index + 1}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{side} {segments[0].Index + 1}–{segments[^1].Index + 1}"),
    };

    /// <summary>One line of <paramref name="width"/> columns around the first hit: about a third of the line of
    /// context before it, an ellipsis where text is cut.</summary>
    private static List<TextRun> InContext(string text, IReadOnlyList<TextSpan> spans, int width)
    {
        if (DisplayText.Width(text) <= width || spans.Count == 0)
        {
            return Runs(text, spans, 0, width);
        }

        var hitStart = spans.Min(span => span.Start);
        var start = hitStart;
        var before = 0;
        while (start > 0 && before < width / 3)
        {
            start--;
            if (char.IsLowSurrogate(text[start]) && start > 0)
            {
                start--;
            }

            before += DisplayText.Width(text.Substring(start, char.IsHighSurrogate(text[start]) ? 2 : 1));
        }

        if (start == 0)
        {
            return Runs(text, spans, 0, width);
        }

        var runs = new List<TextRun> { new("…", Tone.Dim) };
        runs.AddRange(Runs(text, spans, start, width - 1));
        return runs;
    }

    /// <summary>Text from <paramref name="start"/> in at most <paramref name="width"/> columns, hit characters in
    /// <see cref="Tone.SearchHit"/>, an ellipsis as the last column when text is left over.</summary>
    private static List<TextRun> Runs(string text, IReadOnlyList<TextSpan> spans, int start, int width)
    {
        var runs = new List<TextRun>();
        var used = 0;
        var position = start;
        while (position < text.Length)
        {
            var length = char.IsHighSurrogate(text[position]) && position + 1 < text.Length ? 2 : 1;
            var piece = text.Substring(position, length);
            if (piece is "\t" or "\n" or "\r")
            {
                piece = " ";
            }

            var pieceWidth = DisplayText.Width(piece);
            var rest = position + length < text.Length;
            if (used + pieceWidth > (rest ? width - 1 : width))
            {
                Append(runs, "…", Tone.Dim);
                break;
            }

            Append(runs, piece, InSpan(spans, position) ? Tone.SearchHit : Tone.Plain);
            used += pieceWidth;
            position += length;
        }

        return runs;
    }

    /// <summary>The text wrapped as the review screen wraps it, with the hit characters marked: each wrapped line's
    /// characters are found again in the original text, in order, to know which of them the spans cover.</summary>
    private static List<List<TextRun>> Wrapped(string text, IReadOnlyList<TextSpan> spans, int width)
    {
        var rows = new List<List<TextRun>>();
        var position = 0;
        foreach (var line in DisplayText.Wrap(text, width))
        {
            var runs = new List<TextRun>();
            var elements = StringInfo.GetTextElementEnumerator(line);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var found = text.IndexOf(element, position, StringComparison.Ordinal);
                var hit = found >= 0 && InSpan(spans, found);
                if (found >= 0)
                {
                    position = found + element.Length;
                }

                Append(runs, element, hit ? Tone.SearchHit : Tone.Plain);
            }

            rows.Add(runs);
        }

        return rows;
    }

    private static bool InSpan(IReadOnlyList<TextSpan> spans, int position) =>
        spans.Any(span => position >= span.Start && position < span.End);

    private static void Append(List<TextRun> runs, string text, Tone tone)
    {
        if (runs.Count > 0 && runs[^1].Tone == tone)
        {
            runs[^1] = new TextRun(runs[^1].Text + text, tone);
        }
        else
        {
            runs.Add(new TextRun(text, tone));
        }
    }
}
