using DiffPlex;

namespace Workbench.Tui;

/// <summary>A character-level diff (Japanese has no spaces to diff words by) as styled pieces: unchanged text,
/// deletions in <c>[-…-]</c> and insertions in <c>{+…+}</c>, readable even without colour.</summary>
internal static class CharacterDiff
{
    private static readonly Differ Differ = new();

    public static IReadOnlyList<(string Text, string? Style)> Pieces(string expected, string found)
    {
        var result = Differ.CreateCharacterDiffs(expected, found, ignoreWhitespace: false);
        var pieces = new List<(string Text, string? Style)>();
        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            if (block.DeleteStartA > position)
            {
                pieces.Add((string.Concat(result.PiecesOld.Skip(position).Take(block.DeleteStartA - position)), null));
            }

            if (block.DeleteCountA > 0)
            {
                pieces.Add(("[-" + string.Concat(result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA)) + "-]", Palette.Deleted));
            }

            if (block.InsertCountB > 0)
            {
                pieces.Add(("{+" + string.Concat(result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB)) + "+}", Palette.Inserted));
            }

            position = block.DeleteStartA + block.DeleteCountA;
        }

        if (position < result.PiecesOld.Length)
        {
            pieces.Add((string.Concat(result.PiecesOld.Skip(position)), null));
        }

        return pieces;
    }
}
