using Workbench.Core.Documents;

namespace Workbench.Core.Terminology;

/// <summary>Tuning for <see cref="TermInconsistencyDetector"/>: every threshold and weight in one place.</summary>
/// <param name="MinimumKatakanaKeyLength">Shorter keys collide by chance (ビル/ビール).</param>
/// <param name="MinimumNearSpellingKeyLength">One-sound differences are only suspicious in long words (not イラン/イラク).</param>
/// <param name="MinimumCompoundPartLength">Stem and head of a compound, in characters.</param>
/// <param name="MinimumSuffixBaseLength">抑止/抑止力 is vocabulary, 拡大抑止/拡大抑止力 is a term choice.</param>
/// <param name="InnerConnectors">Kanji joining a stem to a head inside one compound (取引的抑止).</param>
/// <param name="PhraseConnectors">Kana phrases joining them (取引ベースの抑止).</param>
/// <param name="CompoundSuffixes">Suffixes whose presence or absence is a term variant (抑止力).</param>
/// <param name="KnownSpellings">Old → current official spellings of places.</param>
/// <param name="MinimumEnglishTermPairs">An English term must occur in this many pairs before its renderings are compared.</param>
/// <param name="MinimumRenderingPairs">A rendering must co-occur this often with the English term.</param>
/// <param name="MinimumRenderingSpecificity">Share of a Japanese term's pairs that contain the English term.</param>
/// <param name="MinimumNameSkeletonLength">English names with a shorter consonant skeleton (Li, Oh) match katakana by chance.</param>
/// <param name="MinimumHeadGlossOverlap">Content words two heads' glosses must share to be one idea (兵力/戦力: military, strength).</param>
/// <param name="ReviewPolicy">Which unreviewed links count as low confidence.</param>
/// <param name="LowConfidenceLinkWeight">How much a low-confidence auto link counts as evidence (confirmed 1, other auto links their confidence).</param>
/// <param name="MinimumRenderingEvidence">Weighted pairs an English-anchored rendering needs: below it, it is one doubtful link.</param>
/// <param name="SameDocumentBonus">Variants inside one document are more likely a slip than across translators.</param>
/// <param name="CrossDocumentOnlyPenalty">Each document consistent, only the set of documents mixed: a compound or synonym
/// choice per article, not a slip (names and official spellings are exempt: their drift is the point).</param>
/// <param name="MinorityPenalty">Evenly split variants are more likely a deliberate distinction.</param>
/// <param name="UnconfirmedRenderingPenalty">English renderings found by co-occurrence alone, neither rendering's
/// dictionary glosses sharing a word with the English term: the pair statistics of a small memory are mostly noise
/// ("United States" → 北朝鮮).</param>
/// <param name="CommonNounSynonymPenalty">Synonyms whose shared gloss is not a name (プロセス/過程 "process",
/// センター/中央 "centre") are a translator's variety more often than a house-style slip (ヨーロッパ/欧州 "Europe").</param>
/// <param name="ShortFormHeadPenalty">Shared-stem heads where one is the other with a modifier in front (特別軍事作戦/特別作戦:
/// 軍事作戦 ~ 作戦) are a long form and its short form, like a full name and a surname: mostly deliberate.</param>
/// <param name="EnglishConfirmationBonus">A Japanese-only family whose variants also render one English term.</param>
/// <param name="MinimumScore">Clusters below this score are not reported unless asked for (<c>--all</c>).</param>
public sealed record TermDetectionOptions(
    int MinimumKatakanaKeyLength,
    int MinimumNearSpellingKeyLength,
    int MinimumCompoundPartLength,
    int MinimumSuffixBaseLength,
    IReadOnlyList<string> InnerConnectors,
    IReadOnlyList<string> PhraseConnectors,
    IReadOnlyList<string> CompoundSuffixes,
    IReadOnlyList<KeyValuePair<string, string>> KnownSpellings,
    int MinimumEnglishTermPairs,
    int MinimumRenderingPairs,
    double MinimumRenderingSpecificity,
    int MinimumNameSkeletonLength,
    int MinimumHeadGlossOverlap,
    ReviewPolicy ReviewPolicy,
    double LowConfidenceLinkWeight,
    double MinimumRenderingEvidence,
    double SameDocumentBonus,
    double CrossDocumentOnlyPenalty,
    double MinorityPenalty,
    double UnconfirmedRenderingPenalty,
    double CommonNounSynonymPenalty,
    double ShortFormHeadPenalty,
    double EnglishConfirmationBonus,
    double MinimumScore)
{
    public static TermDetectionOptions Default { get; } = new(
        MinimumKatakanaKeyLength: 3,
        MinimumNearSpellingKeyLength: 5,
        MinimumCompoundPartLength: 2,
        MinimumSuffixBaseLength: 3,
        InnerConnectors: ["的", "型", "式"],
        PhraseConnectors: ["的な", "型の", "ベースの", "タイプの"],
        CompoundSuffixes: ["力"],
        KnownSpellings:
        [
            new("キエフ", "キーウ"), new("ハリコフ", "ハルキウ"), new("オデッサ", "オデーサ"), new("リボフ", "リビウ"),
            new("リヴォフ", "リビウ"), new("チェルノブイリ", "チョルノービリ"), new("ドニエプル", "ドニプロ"),
            new("ルガンスク", "ルハンスク"), new("ザポロジエ", "ザポリージャ"), new("ニコラエフ", "ミコライウ"),
            new("グルジア", "ジョージア"), new("ビルマ", "ミャンマー"), new("ボンベイ", "ムンバイ"),
            new("カルカッタ", "コルカタ"), new("ベロルシア", "ベラルーシ"), new("スワジランド", "エスワティニ"),
        ],
        MinimumEnglishTermPairs: 3,
        MinimumRenderingPairs: 2,
        MinimumRenderingSpecificity: 0.5,
        MinimumNameSkeletonLength: 2,
        MinimumHeadGlossOverlap: 2,
        ReviewPolicy: ReviewPolicy.Default,
        LowConfidenceLinkWeight: 0.2,
        MinimumRenderingEvidence: 0.5,
        SameDocumentBonus: 0.05,
        CrossDocumentOnlyPenalty: 0.3,
        MinorityPenalty: 0.2,
        UnconfirmedRenderingPenalty: 0.3,
        CommonNounSynonymPenalty: 0.3,
        ShortFormHeadPenalty: 0.3,
        EnglishConfirmationBonus: 0.1,
        MinimumScore: 0.5);

    /// <summary>Base scores per kind: how often a cluster of that kind is a real slip.</summary>
    public double BaseScore(TermClusterKind kind) => kind switch
    {
        TermClusterKind.KnownSpelling => 0.95,
        TermClusterKind.KatakanaSpelling => 0.9,
        TermClusterKind.NameSpelling => 0.85,
        TermClusterKind.CompoundConnector => 0.85,
        TermClusterKind.Synonym => 0.7,
        TermClusterKind.SharedStem => 0.7,
        TermClusterKind.EnglishRendering => 0.7,
        TermClusterKind.KatakanaNearSpelling => 0.6,
        _ => 0.6,
    };

    /// <summary>How much a link counts as evidence: confirmed 1, low-confidence auto <see cref="LowConfidenceLinkWeight"/>,
    /// other auto links their confidence.</summary>
    public double LinkWeight(AlignmentLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.Status == LinkStatus.Confirmed ? 1
            : ReviewPolicy.IsLowConfidence(link) ? LowConfidenceLinkWeight
            : link.Bead.Confidence;
    }
}
