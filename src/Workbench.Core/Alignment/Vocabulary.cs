namespace Workbench.Core.Alignment;

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
    public void CountSentence(IEnumerable<string> words, List<int> distinct)
    {
        sentence++;
        distinct.Clear();
        foreach (var word in words)
        {
            if (!ids.TryGetValue(word, out var id))
            {
                id = Words.Count;
                ids.Add(word, id);
                Words.Add(word);
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
}
