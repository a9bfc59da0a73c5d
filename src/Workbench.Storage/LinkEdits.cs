using System.Data;
using Dapper;
using Workbench.Core;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Storage;

namespace Workbench.Storage;

/// <summary>The checks and messages every backend applies to a reviewer edit, so the backends agree on them.</summary>
internal static class LinkEdits
{
    /// <summary>An edit replaces a run of links with links covering exactly the same segments.</summary>
    public static void EnsureSameCoverage(LinkEdit edit)
    {
        static (int EnStart, int EnEnd, int JaStart, int JaEnd) Span(IReadOnlyList<AlignmentLink> links) =>
            (links.Min(l => l.Bead.EnStart), links.Max(l => l.Bead.EnEnd), links.Min(l => l.Bead.JaStart), links.Max(l => l.Bead.JaEnd));

        if (edit.Before.Count == 0 || edit.After.Count == 0)
        {
            throw new ArgumentException("an edit replaces at least one link with at least one link", nameof(edit));
        }

        var before = Span(edit.Before);
        var after = Span(edit.After);
        if (before != after)
        {
            throw new ArgumentException($"edit '{edit.Description}' changes which segments the links cover", nameof(edit));
        }

        var ordered = edit.After.Select(l => l.Bead).OrderBy(b => b.EnStart).ThenBy(b => b.JaStart).ToList();
        BeadSequence.Validate(ordered, before.EnStart, before.EnEnd, before.JaStart, before.JaEnd);
    }

    /// <summary>The links as the store writes them for an edit: stamped with its time and its new version.</summary>
    public static IReadOnlyList<AlignmentLink> Stamp(IReadOnlyList<AlignmentLink> links, DateTimeOffset now, long version) =>
        links.Select(link => link with { UpdatedAt = now, Version = version }).ToList();

    /// <summary>An edit as its history entry stored it.</summary>
    public static LinkEdit FromHistory(string description, string beforeJson, string afterJson, string? textJson) =>
        new(description, LinkJson.Deserialize(beforeJson), LinkJson.Deserialize(afterJson))
        {
            TextChanges = LinkJson.DeserializeTextChanges(textJson),
        };

    /// <summary>What stepping through history writes: undo puts the edit's "before" back, redo its "after" again.</summary>
    public static (IReadOnlyList<AlignmentLink> Remove, IReadOnlyList<AlignmentLink> Add, string Description) LinkStep(LinkEdit edit, bool undo) =>
        undo
            ? (edit.After, edit.Before, $"undo '{edit.Description}'")
            : (edit.Before, edit.After, $"redo '{edit.Description}'");

    /// <summary>The text a history step expects to find in a segment and the text it writes there.</summary>
    public static (string Expected, string Replacement) TextStep(SegmentTextChange change, bool undo) =>
        undo ? (change.After, change.Before) : (change.Before, change.After);

    /// <summary>A link the edit was based on is gone or has a newer version.</summary>
    public static EditConflictException Stale(string action, AlignmentLink link) =>
        new($"{action}: link {link.Bead.ToLinkNotation()} was changed by another reviewer since it was read; nothing was saved, reload the document");

    /// <summary>
    /// Rewrites one segment's text if it still reads <paramref name="expected"/>; otherwise another reviewer or an undo
    /// changed it first and the edit is refused. The same statement on every backend.
    /// </summary>
    public static void ReplaceSegmentText(
        IDbConnection connection, IDbTransaction transaction, long documentId, Language side, int index, string expected, string replacement)
    {
        var updated = connection.Execute(
            "UPDATE segments SET text = @replacement WHERE document_id = @documentId AND lang = @lang AND idx = @index AND text = @expected",
            new { replacement, documentId, lang = side.ToCode(), index, expected },
            transaction);
        if (updated != 1)
        {
            throw StaleText(side, index);
        }
    }

    /// <summary>A text edit's segment no longer reads as the edit expects (another reviewer or an undo changed it).</summary>
    public static TranslationMemoryException StaleText(Language side, int index) =>
        new($"{side} segment {index + 1} no longer reads as the edit expects; reload the document");

    public static WorkbenchInputException MissingDocument(long documentId) =>
        new($"document {documentId} is no longer in the database; it was deleted or replaced");
}
