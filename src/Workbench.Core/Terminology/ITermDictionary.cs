namespace Workbench.Core.Terminology;

/// <summary>
/// What term detection asks of a bilingual dictionary: the English glosses of a Japanese form, its first sense
/// first. Two Japanese words whose first glosses agree (欧州 and ヨーロッパ: "Europe") are synonyms a house style
/// writes one way; heads whose glosses overlap (兵力 "military force", 戦力 "military strength") are one idea.
/// </summary>
public interface ITermDictionary
{
    /// <summary>Glosses of <paramref name="japanese"/> (NFKC-normalised), first sense first; empty when unknown.</summary>
    IReadOnlyList<string> GlossesOf(string japanese);

    /// <summary>Japanese forms (NFKC-normalised) that have <paramref name="gloss"/> among their glosses.</summary>
    IReadOnlyList<string> FormsWithGloss(string gloss);
}
