using Workbench.Core.Documents;

namespace Workbench.Core.Formats.Tmx;

/// <summary>The document an imported TMX file becomes, with what happened to its units.</summary>
/// <param name="Pairs">Units with both an English and a Japanese variant: stored as 1-1 links.</param>
/// <param name="EnglishOnly">Units with English but no (non-empty) Japanese: stored as 1-0 links.</param>
/// <param name="JapaneseOnly">Units with Japanese but no (non-empty) English: stored as 0-1 links.</param>
/// <param name="Skipped">Units with neither language (e.g. de/fr only): not stored.</param>
public sealed record TmxImportPlan(NewDocument Document, int Pairs, int EnglishOnly, int JapaneseOnly, int Skipped)
{
    /// <summary>Links the units' <c>x-status</c> left unconfirmed (auto or rejected).</summary>
    public int Unconfirmed => Document.Links.Count(link => link.Status != LinkStatus.Confirmed);
}
