using Workbench.Core.Alignment.Readings;

namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// What the Japanese side's keys need from the whole English side, gathered once every English chunk's keys are
/// adopted; shared by the Japanese chunks while they are read in parallel, so it is only read, or cached concurrently.
/// </summary>
internal sealed class EnglishSide
{
    private readonly AlignerOptions options;

    /// <summary>Consonant skeletons of the English words.</summary>
    private readonly HashSet<string> skeletons;

    /// <summary>The English skeleton one edit away from a katakana one.</summary>
    private readonly SkeletonNeighbours fuzzy;

    /// <summary>Katakana words and the skeleton each is matched to ("": too short).</summary>
    private readonly SharedSpanCache<string> skeletonsByKatakana = new();

    /// <param name="keys">The document's keys, the English side's adopted.</param>
    /// <param name="onEnglishSide">Which document keys (by id) some English sentence holds.</param>
    /// <param name="skeletons">Consonant skeletons of the English words.</param>
    /// <param name="fuzzy">The index of <paramref name="skeletons"/> by deletion.</param>
    /// <param name="readings">Romaji match keys of the English words that look like romanised Japanese.</param>
    /// <param name="embeddedJapanese">Japanese written inside the English sentences, with its keys.</param>
    public EnglishSide(
        AlignerOptions options,
        DocumentKeys keys,
        bool[] onEnglishSide,
        HashSet<string> skeletons,
        SkeletonNeighbours fuzzy,
        HashSet<string> readings,
        JapanesePhraseMatcher embeddedJapanese)
    {
        this.options = options;
        Keys = onEnglishSide;
        this.skeletons = skeletons;
        this.fuzzy = fuzzy;
        EmbeddedJapanese = embeddedJapanese;
        KanjiReadings = options.ReadingWeight > 0 && readings.Count > 0
            ? new KanjiReadingMatcher(
                ReadingTable.Bundled,
                options.MinReadingKeyLength,
                options.MinSingleKanjiReadingKeyLength,
                key => readings.Contains(key) ? keys.IdOf("r:" + key) : -1)
            : null;
    }

    /// <summary>Which document keys (by id) some English sentence holds.</summary>
    public bool[] Keys { get; }

    /// <summary>Japanese written inside the English sentences, looked for in the Japanese ones.</summary>
    public JapanesePhraseMatcher EmbeddedJapanese { get; }

    /// <summary>
    /// The kanji names whose romaji an English word spells (each of those already has its key); null when there is no
    /// reading evidence.
    /// </summary>
    public KanjiReadingMatcher? KanjiReadings { get; }

    /// <summary>
    /// The skeleton a katakana word's key is named by: the English skeleton it equals or is one edit away from, else its
    /// own; "" if it is too short to be evidence.
    /// </summary>
    public string MatchedSkeleton(ReadOnlySpan<char> katakana)
    {
        if (skeletonsByKatakana.TryGet(katakana, out _, out var matched))
        {
            return matched;
        }

        var skeleton = ConsonantSkeleton.FromKatakana(katakana);
        matched = skeleton.Length < options.MinSkeletonLength ? ""
            : skeletons.Contains(skeleton) ? skeleton
            : fuzzy.Find(skeleton) ?? skeleton;
        return skeletonsByKatakana.Add(katakana, matched, out _);
    }
}
