using System.Text.RegularExpressions;
using DiffPlex;
using Workbench.Core.Terminology;

namespace Workbench.Core.Search;

/// <summary>Word-level diff for English (DiffPlex over words, spaces and punctuation marks, each a piece).</summary>
public static partial class WordDiff
{
    public static IReadOnlyList<DiffSpan> Compute(string expected, string found)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(found);
        var result = new Differ().CreateCustomDiffs(expected, found, ignoreWhiteSpace: false, Pieces);
        var spans = new List<DiffSpan>();
        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(spans, DiffSpanKind.Same, result.PiecesOld, position, block.DeleteStartA - position);
            Add(spans, DiffSpanKind.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(spans, DiffSpanKind.Added, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            position = block.DeleteStartA + block.DeleteCountA;
        }

        Add(spans, DiffSpanKind.Same, result.PiecesOld, position, result.PiecesOld.Length - position);
        return spans;
    }

    private static string[] Pieces(string text) =>
        PieceBoundary().Split(text).Where(piece => piece.Length > 0).ToArray();

    private static void Add(List<DiffSpan> spans, DiffSpanKind kind, string[] pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (spans.Count > 0 && spans[^1].Kind == kind)
        {
            spans[^1] = new DiffSpan(kind, spans[^1].Text + text);
        }
        else
        {
            spans.Add(new DiffSpan(kind, text));
        }
    }

    [GeneratedRegex(@"(\s+|[^\w\s])")]
    private static partial Regex PieceBoundary();
}
