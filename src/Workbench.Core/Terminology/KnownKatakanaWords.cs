using Workbench.Core.Documents;
using Workbench.Core.Lexicon;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Terminology;

/// <summary>
/// Katakana words the memory and a dictionary know: every katakana word the memory writes on its own (between
/// non-katakana or at a ・), and every all-katakana Japanese form of the lexicon, read the first time it is needed.
/// Lets the checker see a rendering glued to a known word (キエフ + ベラルーシ) without trusting every katakana run.
/// </summary>
public sealed class KnownKatakanaWords
{
    private readonly HashSet<string> memoryWords = new(StringComparer.Ordinal);
    private readonly Lazy<HashSet<string>> dictionaryWords;

    public KnownKatakanaWords(ILexicon? lexicon)
    {
        dictionaryWords = new Lazy<HashSet<string>>(() => lexicon is null
            ? []
            : new HashSet<string>(
                lexicon.Entries.Select(e => JapaneseNormalizer.NormalizeTerm(e.Japanese)).Where(IsKatakanaWord),
                StringComparer.Ordinal));
    }

    /// <summary>Adds the katakana words of the memory's Japanese segments.</summary>
    public KnownKatakanaWords AddFrom(IEnumerable<AlignedPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        foreach (var pair in pairs)
        {
            foreach (var segment in pair.Japanese)
            {
                foreach (var run in JapaneseTermOccurrences.KatakanaRuns(JapaneseNormalizer.NormalizeTerm(segment.Text)))
                {
                    memoryWords.Add(run);
                }
            }
        }

        return this;
    }

    /// <summary>Whether a normalised katakana word is known. A run written only glued to another word is not.</summary>
    public bool Contains(string word) => memoryWords.Contains(word) || dictionaryWords.Value.Contains(word);

    private static bool IsKatakanaWord(string text) => text.Length >= 2 && text.All(JapaneseChars.IsKatakana);
}
