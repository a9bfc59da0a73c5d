using Workbench.Core.Terminology;
using Workbench.Core.Text;

namespace Workbench.Core.Search;

/// <summary>
/// Finds where an English concordance key occurs in an original sentence: the sentence's words are keyed one by one
/// with <see cref="SearchKeys.English"/> and a run of consecutive words whose keys are the query's words is a hit.
/// </summary>
public static class EnglishHighlighter
{
    public static IReadOnlyList<TextSpan> Find(string text, string queryKey)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(queryKey);
        var wanted = queryKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var spans = new List<TextSpan>();
        if (wanted.Length == 0)
        {
            return spans;
        }

        var words = Words(text);
        for (var i = 0; i + wanted.Length <= words.Count; i++)
        {
            var matches = true;
            for (var j = 0; j < wanted.Length && matches; j++)
            {
                matches = string.Equals(words[i + j].Key, wanted[j], StringComparison.Ordinal);
            }

            if (matches)
            {
                var last = words[i + wanted.Length - 1];
                spans.Add(new TextSpan(words[i].Start, last.End - words[i].Start));
                i += wanted.Length - 1;
            }
        }

        return spans;
    }

    // Word runs as EnglishTermNormalizer reads them: a letter or digit, then letters, digits and inner apostrophes; an
    // invisible format character inside a word (nu&shy;clear) stays in it, as the key leaves it out.
    private static List<(int Start, int End, string Key)> Words(string text)
    {
        var words = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '‘' || VisibleText.IsFormatCharacter(text[i])))
            {
                i++;
            }

            var key = SearchKeys.English(text[start..i]).Trim();
            if (key.Length > 0)
            {
                words.Add((start, i, key));
            }
        }

        return words;
    }
}
