using Workbench.Core.Alignment.Readings;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Finds which known Japanese forms occur as substrings of a sentence. Every prefix of every form is indexed, so the
/// scan from a position stops as soon as no form can continue: the cost stays near one lookup per character. The tables
/// are our own span-keyed ones (a <c>Dictionary</c>'s or <c>HashSet</c>'s span look-up was compiled at run time); once
/// built they are only read, so chunks on several threads match at once.
/// </summary>
internal sealed class JapanesePhraseMatcher
{
    private readonly SpanKeyedCache<List<int>> keysByForm = new();
    private readonly SpanKeyedCache<bool> prefixes = new();

    /// <summary>Characters some form starts with: most positions of a sentence start none, and cost one array read.</summary>
    private readonly bool[] startsForm = new bool[char.MaxValue + 1];
    private int longestForm;

    public int Count { get; private set; }

    public void Add(string form, int key)
    {
        if (!keysByForm.TryGet(form, out var keys))
        {
            keys = [];
            keysByForm.Add(form, keys);
            Count++;
            for (var length = 1; length < form.Length; length++)
            {
                if (!prefixes.TryGet(form.AsSpan(0, length), out _))
                {
                    prefixes.Add(form.AsSpan(0, length), true);
                }
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
        if (Count == 0)
        {
            return;
        }

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
                if (keysByForm.TryGet(candidate, out var keys))
                {
                    found.AddRange(keys);
                }

                if (!prefixes.TryGet(candidate, out _))
                {
                    break;
                }
            }
        }
    }
}
