namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Finds which known Japanese forms occur as substrings of a sentence. Every prefix of every form is indexed, so the
/// scan from a position stops as soon as no form can continue: the cost stays near one lookup per character.
/// </summary>
internal sealed class JapanesePhraseMatcher
{
    private readonly Dictionary<string, List<int>> keysByForm = new(StringComparer.Ordinal);
    private readonly HashSet<string> prefixes = new(StringComparer.Ordinal);

    /// <summary>Characters some form starts with: most positions of a sentence start none, and cost one array read.</summary>
    private readonly bool[] startsForm = new bool[char.MaxValue + 1];
    private int longestForm;

    public int Count => keysByForm.Count;

    public void Add(string form, int key)
    {
        if (!keysByForm.TryGetValue(form, out var keys))
        {
            keys = [];
            keysByForm.Add(form, keys);
            for (var length = 1; length < form.Length; length++)
            {
                prefixes.Add(form[..length]);
            }

            longestForm = Math.Max(longestForm, form.Length);
            startsForm[form[0]] = true;
        }

        if (!keys.Contains(key))
        {
            keys.Add(key);
        }
    }

    /// <summary>Adds the key of every form found in <paramref name="sentence"/> to <paramref name="found"/>.</summary>
    public void Match(string sentence, List<int> found)
    {
        if (keysByForm.Count == 0)
        {
            return;
        }

        var forms = keysByForm.GetAlternateLookup<ReadOnlySpan<char>>();
        var starts = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var start = 0; start < sentence.Length; start++)
        {
            if (!startsForm[sentence[start]])
            {
                continue;
            }

            var maxLength = Math.Min(longestForm, sentence.Length - start);
            for (var length = 1; length <= maxLength; length++)
            {
                var candidate = sentence.AsSpan(start, length);
                if (forms.TryGetValue(candidate, out var keys))
                {
                    found.AddRange(keys);
                }

                if (!starts.Contains(candidate))
                {
                    break;
                }
            }
        }
    }
}
