namespace Workbench.Core.Lexicon;

/// <summary>
/// One dictionary entry as a source file states it: JMdict sequence number (0 when the format has none), kanji
/// forms, kana forms (readings) and English glosses, the glosses still raw (notes in parentheses, "to " of verbs).
/// </summary>
internal sealed record JmdictRecord(int Sequence, IReadOnlyList<string> KanjiForms, IReadOnlyList<string> KanaForms, IReadOnlyList<string> Glosses)
{
    /// <summary>The forms matched in running text: the kanji forms, or the kana forms of a word written in kana only.</summary>
    public IReadOnlyList<string> TextForms => KanjiForms.Count > 0 ? KanjiForms : KanaForms;
}
