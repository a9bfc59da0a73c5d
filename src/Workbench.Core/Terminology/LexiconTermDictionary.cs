using Workbench.Core.Lexicon;
using Workbench.Core.Text.Japanese;

namespace Workbench.Core.Terminology;

/// <summary>
/// <see cref="ITermDictionary"/> over an <see cref="ILexicon"/> word list: a form's glosses in the order the lexicon
/// lists them (JMdict's first sense first). Built on first use.
/// </summary>
public sealed class LexiconTermDictionary : ITermDictionary
{
    private readonly Lazy<Dictionary<string, List<string>>> glosses;
    private readonly Lazy<Dictionary<string, List<string>>> forms;

    public LexiconTermDictionary(ILexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        glosses = new Lazy<Dictionary<string, List<string>>>(() =>
        {
            var byForm = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var entry in lexicon.Entries)
            {
                var form = JapaneseNormalizer.NormalizeTerm(entry.Japanese);
                if (!byForm.TryGetValue(form, out var list))
                {
                    list = [];
                    byForm[form] = list;
                }

                if (!list.Contains(entry.English, StringComparer.OrdinalIgnoreCase))
                {
                    list.Add(entry.English);
                }
            }

            return byForm;
        });
        forms = new Lazy<Dictionary<string, List<string>>>(() =>
        {
            var byGloss = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var (form, list) in glosses.Value)
            {
                foreach (var gloss in list)
                {
                    if (!byGloss.TryGetValue(gloss, out var formsOfGloss))
                    {
                        formsOfGloss = [];
                        byGloss[gloss] = formsOfGloss;
                    }

                    formsOfGloss.Add(form);
                }
            }

            return byGloss;
        });
    }

    public IReadOnlyList<string> GlossesOf(string japanese) =>
        glosses.Value.TryGetValue(japanese, out var found) ? found : [];

    public IReadOnlyList<string> FormsWithGloss(string gloss) =>
        forms.Value.TryGetValue(gloss, out var found) ? found : [];
}
