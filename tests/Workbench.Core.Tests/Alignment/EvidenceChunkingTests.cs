using Workbench.Core.Alignment;
using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Lexicon;
using Workbench.Core.Terminology;

namespace Workbench.Core.Tests.Alignment;

/// <summary>
/// The evidence of a document is read in chunks of sentences on several cores, each numbering its new keys locally
/// until the chunks are adopted in document order. However the sentences are chunked, every sentence must get the same
/// key ids and every key the same weight as in one sequential reading (one chunk per side), or the aligner's output
/// would change with the number of cores.
/// </summary>
public sealed class EvidenceChunkingTests
{
    private static readonly Lazy<LexiconIndex> Jmdict = new(() => LexiconIndex.Build(
        JmdictLexiconLoader.Bundled,
        [new GlossaryEntry("deterrence", ["抑止", "抑止力"], null, []), new GlossaryEntry("Sesshu", ["雪舟"], null, [])],
        AlignerOptions.Default));

    /// <summary>
    /// Sentences whose chunk boundaries (any of them, with one sentence per chunk) fall between the first and later uses
    /// of a key: a word, a number, a romaji reading of a hyphenated name, embedded Japanese and punctuation met again in
    /// a later chunk; keys first met on the Japanese side (a katakana word no English word spells, a Latin token,
    /// punctuation) in several Japanese chunks; a katakana word one consonant away from an English skeleton.
    /// </summary>
    private static readonly string[] TrickyEnglish =
    [
        "Putin met Kishida in 2022.",
        "The summit in Ise-Shima was held on May 26.",
        "Kishida Fumio (岸田文雄) spoke about deterrence?",
        "Putin and Latvia: 2022, again \"quoted\".",
        "Brewer (the author) wrote about Ise-Shima and Kinkaku-ji.",
        "岸田文雄 and 2,500 troops; the 15th century.",
        "",
        "A line without evidence",
        "Latvia, Brewer, Putin, Kishida, Okita Soji.",
    ];

    private static readonly string[] TrickyJapanese =
    [
        "プーチンは2022年に岸田と会談した。",
        "伊勢志摩サミットは5月26日に開かれた。",
        "ブリューワー（著者）はNATOとミサイルについて書いた。",
        "岸田文雄は抑止について語ったか？",
        "ラトビア、プーチン、「引用」、２５００人の部隊。",
        "ミサイルとNATOとドローン。",
        "",
        "沖田総司と金閣寺、15世紀。",
        "ドローン？ ブルーワー（BREWER）。",
    ];

    public static TheoryData<int, int> Chunkings => new()
    {
        { 2, 2 },
        { 3, 2 },
        { 2, 5 },
        { 4, 4 },
        { 9, 9 },
    };

    [Theory]
    [MemberData(nameof(Chunkings))]
    public void Tricky_chunk_boundaries_number_keys_as_one_sequential_reading(int englishChunks, int japaneseChunks)
    {
        foreach (var lexicon in new[] { LexiconIndex.Empty, Jmdict.Value })
        {
            var sequential = EvidenceExtractor.Extract(TrickyEnglish, TrickyJapanese, AlignerOptions.Default, lexicon, 1, 1);
            var chunked = EvidenceExtractor.Extract(TrickyEnglish, TrickyJapanese, AlignerOptions.Default, lexicon, englishChunks, japaneseChunks);
            AssertSame(sequential, chunked);
        }
    }

    [Fact]
    public void The_tricky_document_shares_evidence_of_every_kind_it_is_meant_to_test()
    {
        // Guards the test above: if the sentences stopped producing shared keys, equal evidence would prove little.
        var evidence = EvidenceExtractor.Extract(TrickyEnglish, TrickyJapanese, AlignerOptions.Default, LexiconIndex.Empty, 1, 1);
        Assert.True(evidence.Shared(0, 0) > 0, "Putin / プーチン, 2022");
        Assert.True(evidence.Shared(4, 2) > 0, "Brewer / ブリューワー");
        Assert.True(evidence.Shared(8, 7) > 0, "Okita Soji / 沖田総司 through readings");
        Assert.True(evidence.Shared(2, 3) > 0, "embedded 岸田文雄 and the question mark");
        Assert.True(evidence.Weights.Count > 20);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Real_documents_get_the_same_evidence_in_any_number_of_chunks(bool withLexicon)
    {
        var lexicon = withLexicon ? Jmdict.Value : LexiconIndex.Empty;
        var documents = SharedData.Documents(SharedData.NictDev).Take(4).Concat(SharedData.Documents(SharedData.NewsGold));
        foreach (var document in documents)
        {
            var sequential = EvidenceExtractor.Extract(document.English, document.Japanese, AlignerOptions.Default, lexicon, 1, 1);
            foreach (var (englishChunks, japaneseChunks) in new[] { (2, 2), (3, 7), (16, 5) })
            {
                var chunked = EvidenceExtractor.Extract(document.English, document.Japanese, AlignerOptions.Default, lexicon, englishChunks, japaneseChunks);
                AssertSame(sequential, chunked);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void Document_keys_are_numbered_by_their_first_english_sentence(int chunks)
    {
        // Keys first met on the Japanese side are one-sided and pruned, so every document key left in a sentence was
        // numbered on the English side: a later id never first occurs in an earlier sentence.
        var lexicon = Jmdict.Value;
        var document = SharedData.Documents(SharedData.NictDev)[0];
        var evidence = EvidenceExtractor.Extract(document.English, document.Japanese, AlignerOptions.Default, lexicon, chunks, chunks);
        var firstSentence = new Dictionary<int, int>();
        for (var en = 0; en < evidence.EnglishCount; en++)
        {
            foreach (var key in evidence.EnglishKeys[en].Where(key => key >= lexicon.KeyCount))
            {
                firstSentence.TryAdd(key, en);
            }
        }

        var byId = firstSentence.OrderBy(pair => pair.Key).Select(pair => pair.Value).ToList();
        Assert.True(byId.Count > 50);
        Assert.Equal(byId.Order(), byId);
    }

    private static void AssertSame(DocumentEvidence expected, DocumentEvidence actual)
    {
        Assert.Equal(expected.EnglishKeys, actual.EnglishKeys);
        Assert.Equal(expected.JapaneseKeys, actual.JapaneseKeys);
        Assert.Equal(
            expected.Weights.Select(BitConverter.DoubleToInt64Bits),
            actual.Weights.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(expected.EnglishStems.Count, actual.EnglishStems.Count);
        for (var sentence = 0; sentence < expected.EnglishStems.Count; sentence++)
        {
            Assert.Equal(expected.EnglishStems[sentence].ToArray(), actual.EnglishStems[sentence].ToArray());
        }

        Assert.Equal(expected.JapaneseTexts, actual.JapaneseTexts);
        Assert.Equal(expected.EnglishLengths, actual.EnglishLengths);
        Assert.Equal(expected.JapaneseLengths, actual.JapaneseLengths);
        Assert.Equal(expected.EnglishSentences, actual.EnglishSentences);
        Assert.Equal(expected.JapaneseSentences, actual.JapaneseSentences);
        Assert.Equal(expected.EnglishKinds, actual.EnglishKinds);
        Assert.Equal(expected.JapaneseKinds, actual.JapaneseKinds);
        Assert.Equal(expected.EnglishGluedHeadings, actual.EnglishGluedHeadings);
    }
}
