namespace Workbench.Core.Terminology;

/// <summary>Tuning for <see cref="TermInconsistencyDetector"/>.</summary>
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
/// <param name="SameDocumentBonus">Variants inside one document are more likely a slip than across translators.</param>
/// <param name="MinorityPenalty">Evenly split variants are more likely a deliberate distinction.</param>
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
    double SameDocumentBonus,
    double MinorityPenalty)
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
        SameDocumentBonus: 0.05,
        MinorityPenalty: 0.2);

    /// <summary>Base scores per kind: how often a cluster of that kind is a real slip.</summary>
    public double BaseScore(TermClusterKind kind) => kind switch
    {
        TermClusterKind.KnownSpelling => 0.95,
        TermClusterKind.KatakanaSpelling => 0.9,
        TermClusterKind.CompoundConnector => 0.85,
        TermClusterKind.EnglishRendering => 0.7,
        TermClusterKind.KatakanaNearSpelling => 0.6,
        _ => 0.5,
    };
}
