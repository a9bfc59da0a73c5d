using Workbench.Core.Documents;
using Workbench.Core.Text;

namespace Workbench.Core.Search;

/// <summary>The checks every lookup applies to what the user typed, with one-line messages.</summary>
public static class SearchInput
{
    /// <summary>Longer queries are refused: no translator types one, and scoring cost grows with length.</summary>
    public const int MaxQueryLength = 10_000;

    /// <summary>A query of only whitespace and invisible format characters is empty (<see cref="VisibleText"/>).</summary>
    public static void Validate(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!VisibleText.HasVisibleCharacter(text))
        {
            throw new WorkbenchInputException($"{what} is empty");
        }

        if (text.Length > MaxQueryLength)
        {
            throw new WorkbenchInputException($"{what} is {text.Length:N0} characters long; the limit is {MaxQueryLength:N0}");
        }
    }
}
