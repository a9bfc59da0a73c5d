using Workbench.Core.Lexicon;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Terminology;

/// <summary>
/// <see cref="ITermDictionary"/> over a precompiled JMdict (<see cref="JmdictDictionary"/>): a form's glosses are
/// those of every entry that has it as a kanji form or a reading, first entry and first sense first, so the katakana
/// ヨーロッパ finds "Europe", which 欧州 shares. <see cref="Full"/> is what term detection uses: the common subset lacks
/// most policy vocabulary and most katakana loanwords.
/// </summary>
public sealed class JmdictTermDictionary(JmdictDictionary dictionary) : ITermDictionary
{
    /// <summary>The bundled full JMdict, read on first use.</summary>
    public static JmdictTermDictionary Full { get; } = new(JmdictDictionary.Full);

    public IReadOnlyList<string> GlossesOf(string japanese) => dictionary.Glosses(japanese);

    // Callers compare forms with NFKC-normalised text; JMdict spells a few forms with full-width letters (ＣＤ).
    public IReadOnlyList<string> FormsWithGloss(string gloss) =>
        [.. dictionary.JapaneseForms(gloss).Select(JapaneseNormalizer.NormalizeTerm).Distinct(StringComparer.Ordinal)];
}
