using Workbench.Core.Terminology;
using Workbench.Core.Text;

namespace Workbench.Core.Formats;

/// <summary>Turns the cells of one TSV or CSV glossary row into a <see cref="GlossaryEntry"/>, or explains why not.</summary>
internal static class GlossaryCells
{
    public const char RenderingSeparator = ';';

    public static GlossaryEntry ToEntry(IReadOnlyList<string> cells, string path, int line)
    {
        if (cells.Count is < 2 or > 4)
        {
            throw new WorkbenchInputException(
                $"{path}:{line}: expected 2 to 4 columns (english, japanese, note, forbidden), found {cells.Count}");
        }

        var english = cells[0].Trim();
        if (!VisibleText.HasVisibleCharacter(english))
        {
            throw new WorkbenchInputException($"{path}:{line}: the English term is empty");
        }

        var approved = SplitRenderings(cells[1]);
        if (approved.Count == 0)
        {
            throw new WorkbenchInputException($"{path}:{line}: no Japanese rendering for \"{english}\"");
        }

        var note = cells.Count > 2 && cells[2].Trim().Length > 0 ? cells[2].Trim() : null;
        var forbidden = cells.Count > 3 ? SplitRenderings(cells[3]) : [];
        var clash = forbidden.FirstOrDefault(f => approved.Contains(f, StringComparer.Ordinal));
        if (clash is not null)
        {
            throw new WorkbenchInputException($"{path}:{line}: \"{clash}\" is both approved and forbidden");
        }

        return new GlossaryEntry(english, approved, note, forbidden);
    }

    public static IReadOnlyList<string> SplitRenderings(string cell) =>
        [.. cell.Split(RenderingSeparator).Select(r => r.Trim()).Where(r => VisibleText.HasVisibleCharacter(r)).Distinct(StringComparer.Ordinal)];
}
