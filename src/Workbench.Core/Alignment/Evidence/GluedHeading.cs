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


    public static bool StartsEnglish(string line)
    {
        // Split into ranges, not strings: this runs on every English line of a document.
        var text = line.AsSpan();
        Span<Range> ranges = stackalloc Range[MaxHeadingWords + 2];
        var count = text.Split(ranges, ' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < Math.Min(count, MaxHeadingWords + 1); k++)
        {
            var previous = text[ranges[k - 1]];
            if (previous[^1] is '.' or ',' or ':' or ';' or '!' or '?' or '"' or '”')
            {
                return false;
            }

            var word = text[ranges[k]];
            if (k < count - 1 && IsSentenceOpener(word))
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

    /// <summary>
    /// A capitalised function word that opens a sentence. A pattern over the span rather than a set's span look-up: the
    /// compiler turns it into a test of length and characters, and the set's look-up was compiled at run time.
    /// </summary>
    private static bool IsSentenceOpener(ReadOnlySpan<char> word) => word is
        "The" or "A" or "An" or "In" or "On" or "At" or "It" or "Its" or "This" or "These" or "There" or "He" or "She"
        or "They" or "During" or "After" or "Before" or "When" or "From" or "As" or "Since" or "Although" or "According";
}
