namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Whether an English line starts with a heading glued to the sentence after it, as when the translation keeps the
/// heading on a line of its own and the original ran the two together: "Toppling of the Shogunate The discovery of…",
/// "(JR) Nara Line The JR Nara Line is…". The sign is a capitalised function word that opens a sentence in the middle
/// of the line, right after a word with no punctuation, or the heading's first word repeated after it.
/// </summary>
internal static class GluedHeading
{
    /// <summary>Words of the heading looked at: headings are short.</summary>
    private const int MaxHeadingWords = 7;

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "It", "Its", "This", "These", "There", "He", "She", "They", "During", "After",
        "Before", "When", "From", "As", "Since", "Although", "According",
    };

    public static bool StartsEnglish(string line)
    {
        // Split into ranges, not strings: this runs on every English line of a document.
        var text = line.AsSpan();
        Span<Range> ranges = stackalloc Range[MaxHeadingWords + 2];
        var count = text.Split(ranges, ' ', StringSplitOptions.RemoveEmptyEntries);
        var openers = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 1; k < Math.Min(count, MaxHeadingWords + 1); k++)
        {
            var previous = text[ranges[k - 1]];
            if (previous[^1] is '.' or ',' or ':' or ';' or '!' or '?' or '"' or '”')
            {
                return false;
            }

            var word = text[ranges[k]];
            // Every opener is capitalised: a lower-case word (most of them) needs no look-up.
            if (k < count - 1 && char.IsAsciiLetterUpper(word[0]) && openers.Contains(word))
            {
                return true;
            }

            if (k >= 2 && char.IsUpper(word[0]) && word.SequenceEqual(text[ranges[0]]))
            {
                return true;
            }
        }

        return false;
    }
}
