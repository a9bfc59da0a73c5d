namespace Workbench.Core.Documents;

/// <summary>
/// How the sentences of one side of a pair read as one text: English joined with a space, Japanese with nothing, as
/// Japanese writes them. Exports, checks and the search index all see a pair's sides this way.
/// </summary>
public static class SideText
{
    public static string Join(IEnumerable<string> sentences, Language language) =>
        language == Language.English ? string.Join(' ', sentences) : string.Concat(sentences);
}
