using Workbench.Core.Alignment.Readings;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// Interns the words of the lexicon inducer as dense ids and counts in how many sentences each occurs, so word pairs
/// can be counted under a single 64-bit key.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>Ids by word: our own span-keyed table (a <c>Dictionary</c>'s span look-up was compiled at run time).</summary>
    private readonly SpanKeyedCache<int> ids = new();
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
        if (!ids.TryGet(word, out var id))
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
