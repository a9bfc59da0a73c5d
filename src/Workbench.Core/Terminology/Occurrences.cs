namespace Workbench.Core.Terminology;

/// <summary>Where each candidate term occurs, optionally grouped under a key (the stem and head of a compound).</summary>
internal sealed class Occurrences
{
    private readonly Dictionary<string, List<TermLocation>> locations = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), List<string>> textsByKey = [];

    public IEnumerable<string> Texts => locations.Keys;

    public bool Contains(string text) => locations.ContainsKey(text);

    public IReadOnlyList<TermLocation> LocationsOf(string text) =>
        locations.TryGetValue(text, out var found) ? found : [];

    public void Add(string text, TermLocation where)
    {
        if (!locations.TryGetValue(text, out var list))
        {
            list = [];
            locations[text] = list;
        }

        list.Add(where);
    }

    public void Add(string text, TermLocation where, (string, string) key)
    {
        Add(text, where);
        if (!textsByKey.TryGetValue(key, out var texts))
        {
            texts = [];
            textsByKey[key] = texts;
        }

        if (!texts.Contains(text))
        {
            texts.Add(text);
        }
    }

    public IReadOnlyList<string> TextsWithKey((string, string) key) =>
        textsByKey.TryGetValue(key, out var texts) ? texts : [];
}
