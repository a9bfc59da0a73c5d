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
        foreach (var skeleton in englishSkeletons.Where(s => s.Length >= minLength).Order(StringComparer.Ordinal))
        {
            foreach (var deleted in Deletions(skeleton))
            {
                byDeletion.TryAdd(deleted, skeleton);
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

        foreach (var deleted in Deletions(skeleton))
        {
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

    private static IEnumerable<string> Deletions(string skeleton)
    {
        for (var i = 0; i < skeleton.Length; i++)
        {
            yield return string.Concat(skeleton.AsSpan(0, i), skeleton.AsSpan(i + 1));
        }
    }
}
