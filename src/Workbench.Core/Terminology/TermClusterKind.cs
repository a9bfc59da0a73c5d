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

    /// <summary>Kanji compounds with the same parts joined differently (取引的抑止/取引型抑止/取引ベースの抑止).</summary>
    CompoundConnector,

    /// <summary>A compound with and without a suffix (拡大抑止/拡大抑止力).</summary>
    CompoundSuffix,

    /// <summary>One English term rendered by different Japanese terms in aligned pairs.</summary>
    EnglishRendering,
}
