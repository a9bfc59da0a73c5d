using System.Globalization;
using System.Text;

namespace Workbench.Core.Import;

/// <summary>Document names made from page titles: a slug a translator can type and a shell need not quote.</summary>
public static class DocumentNames
{
    /// <summary>Longest slug, in characters; longer titles are cut at a word boundary.</summary>
    public const int MaxSlugLength = 80;

    /// <summary>
    /// The title as a slug: lower case, letters and digits of any script kept (a Japanese title stays Japanese),
    /// everything else one hyphen; null when nothing is left. "Why Putin Won't Stop: A Q&amp;A" →
    /// <c>why-putin-wont-stop-a-q-a</c>.
    /// </summary>
    public static string? FromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var slug = new StringBuilder();
        var pendingHyphen = false;
        foreach (var c in title.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingHyphen = false;
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' and not '’')
            {
                // Apostrophes join: "won't" is one word, wont, not won-t.
                pendingHyphen = true;
            }
        }

        var text = slug.ToString();
        if (text.Length > MaxSlugLength)
        {
            var cut = text.LastIndexOf('-', MaxSlugLength);
            text = text[..(cut > MaxSlugLength / 2 ? cut : MaxSlugLength)];
        }

        return text.Length == 0 ? null : text;
    }
}
