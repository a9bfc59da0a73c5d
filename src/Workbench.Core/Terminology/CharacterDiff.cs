using DiffPlex;

namespace Workbench.Core.Terminology;

/// <summary>Character-level diff (Japanese has no words to diff by): キエフ → キーウ is キ, -エフ, +ーウ.</summary>
public static class CharacterDiff
{
    public static IReadOnlyList<DiffSpan> Compute(string expected, string found)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(found);
        var result = new Differ().CreateCharacterDiffs(expected, found, ignoreWhitespace: false);
        var spans = new List<DiffSpan>();
        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(spans, DiffSpanKind.Same, expected[position..block.DeleteStartA]);
            Add(spans, DiffSpanKind.Removed, expected.Substring(block.DeleteStartA, block.DeleteCountA));
            Add(spans, DiffSpanKind.Added, found.Substring(block.InsertStartB, block.InsertCountB));
            position = block.DeleteStartA + block.DeleteCountA;
        }

        Add(spans, DiffSpanKind.Same, expected[position..]);
        return spans;
    }

    /// <summary>Plain-text rendering for logs and JSON: <c>キ[-エフ][+ーウ]</c>.</summary>
    public static string ToInlineText(IReadOnlyList<DiffSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        return string.Concat(spans.Select(s => s.Kind switch
        {
            DiffSpanKind.Removed => $"[-{s.Text}]",
            DiffSpanKind.Added => $"[+{s.Text}]",
            _ => s.Text,
        }));
    }

    private static void Add(List<DiffSpan> spans, DiffSpanKind kind, string text)
    {
        if (text.Length > 0)
        {
            spans.Add(new DiffSpan(kind, text));
        }
    }
}
