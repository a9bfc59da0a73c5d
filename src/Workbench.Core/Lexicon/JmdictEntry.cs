namespace Workbench.Core.Lexicon;

/// <summary>
/// One JMdict entry: its sequence number (the JMdict <c>ent_seq</c>), kanji forms (empty for a word written in kana
/// only), readings in kana, and English glosses with notes and the "to " of verbs removed.
/// </summary>
public sealed record JmdictEntry(int Sequence, IReadOnlyList<string> KanjiForms, IReadOnlyList<string> Readings, IReadOnlyList<string> Glosses)
{
    /// <summary>How the word appears in running text: its kanji forms, or its readings when it has no kanji form.</summary>
    public IReadOnlyList<string> TextForms => KanjiForms.Count > 0 ? KanjiForms : Readings;
}
