namespace Workbench.Core.Terminology;

/// <summary>Why the variants of a cluster were grouped.</summary>
public enum TermClusterKind
{
    /// <summary>An old and a new official spelling of a place (キエフ/キーウ).</summary>
    KnownSpelling,

    /// <summary>Katakana spellings equal once long vowels and small kana are ignored (ブリューワー/ブリュワー).</summary>
    KatakanaSpelling,

    /// <summary>Katakana spellings one sound apart (ネタニヤフ/ネタニエフ).</summary>
    KatakanaNearSpelling,

    /// <summary>Katakana spellings that transliterate the same English name in aligned pairs (ヴィクター/ビクター for Victor).</summary>
    NameSpelling,

    /// <summary>Kanji compounds with the same parts joined differently (取引的抑止/取引型抑止/取引ベースの抑止).</summary>
    CompoundConnector,

    /// <summary>A compound with and without a suffix (拡大抑止/拡大抑止力).</summary>
    CompoundSuffix,

    /// <summary>One modifier with heads the dictionary gives the same meaning, in one document (通常兵力/通常戦力).</summary>
    SharedStem,

    /// <summary>Two dictionary words with the same first gloss, in one document (欧州/ヨーロッパ: "Europe").</summary>
    Synonym,

    /// <summary>One English term rendered by different Japanese terms in aligned pairs.</summary>
    EnglishRendering,
}
