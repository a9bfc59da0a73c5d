namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Finds the English consonant skeleton within one edit of a katakana skeleton (symmetric deletion index), so a
/// transliteration that adds or loses a consonant still meets its English word.
/// </summary>
internal sealed class SkeletonNeighbours
{
    private readonly HashSet<string> english;
    private readonly Dictionary<string, string> byDeletion = new(StringComparer.Ordinal);
    private readonly int minLength;

    public SkeletonNeighbours(HashSet<string> englishSkeletons, int minLength)
    {
        english = englishSkeletons;
        this.minLength = minLength;
        // In ordinal order, so the skeleton a deletion names does not depend on the set's order.
        var indexed = new List<string>(englishSkeletons.Count);
        foreach (var skeleton in englishSkeletons)
        {
            if (skeleton.Length >= minLength)
            {
                indexed.Add(skeleton);
            }
        }

        indexed.Sort(StringComparer.Ordinal);
        foreach (var skeleton in indexed)
        {
            for (var i = 0; i < skeleton.Length; i++)
            {
                byDeletion.TryAdd(Deletion(skeleton, i), skeleton);
            }
        }
    }

    /// <summary>The English skeleton one insertion, deletion or substitution away, or null.</summary>
    public string? Find(string skeleton)
    {
        if (skeleton.Length < minLength)
        {
            return null;
        }

        if (byDeletion.TryGetValue(skeleton, out var longer))
        {
            return longer;
        }

        for (var i = 0; i < skeleton.Length; i++)
        {
            var deleted = Deletion(skeleton, i);
            if (english.Contains(deleted) && deleted.Length >= minLength - 1)
            {
                return deleted;
            }

            if (byDeletion.TryGetValue(deleted, out var substituted))
            {
                return substituted;
            }
        }

        return null;
    }

    /// <summary>The skeleton without its character at <paramref name="index"/>.</summary>
    private static string Deletion(string skeleton, int index) =>
        string.Concat(skeleton.AsSpan(0, index), skeleton.AsSpan(index + 1));
}
