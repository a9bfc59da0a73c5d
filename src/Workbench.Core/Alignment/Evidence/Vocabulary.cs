namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Interns the words of the lexicon inducer as dense ids and counts in how many sentences each occurs, so word pairs
/// can be counted under a single 64-bit key.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<int> lastSentence = [];
    private int sentence;

    public List<string> Words { get; } = [];

    /// <summary>Sentences holding each word.</summary>
    public List<int> Counts { get; } = [];

    /// <summary>Counts one sentence's words once each and leaves their distinct ids in <paramref name="distinct"/>.</summary>
    public void CountSentence(ReadOnlySpan<string> words, List<int> distinct)
    {
        BeginSentence(distinct);
        foreach (var word in words)
        {
            Count(word, distinct);
        }
    }

    /// <summary>Starts a sentence whose words <see cref="Count"/> then counts into <paramref name="distinct"/>.</summary>
    public void BeginSentence(List<int> distinct)
    {
        sentence++;
        distinct.Clear();
    }

    /// <summary>Counts one word of the current sentence (once per sentence); only a new word is copied to a string.</summary>
    public void Count(ReadOnlySpan<char> word, List<int> distinct)
    {
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(word, out var id))
        {
            id = Words.Count;
            var text = word.ToString();
            ids.Add(text, id);
            Words.Add(text);
            Counts.Add(0);
            lastSentence.Add(0);
        }

        if (lastSentence[id] != sentence)
        {
            lastSentence[id] = sentence;
            Counts[id]++;
            distinct.Add(id);
        }
    }
}
