namespace Workbench.Core.Documents;

/// <summary>
/// What a source page says about itself: the article's title, byline, publication date and canonical address. Plain
/// text and Markdown files have none; a web page has what its markup declares.
/// </summary>
/// <param name="Title">The article's headline.</param>
/// <param name="Byline">The author line as the page prints it.</param>
/// <param name="Published">When the article was published, if the page says.</param>
/// <param name="Url">The page's canonical address, if it declares one.</param>
public sealed record SourceMetadata(string? Title, string? Byline, DateTimeOffset? Published, string? Url)
{
    public static SourceMetadata Empty { get; } = new(null, null, null, null);

    public bool IsEmpty => Title is null && Byline is null && Published is null && Url is null;
}
