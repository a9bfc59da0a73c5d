using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>
/// The row ids of the search index tables (migrations 0003 and 0007, whose triggers spell the same arithmetic in
/// SQL). Concordance tables: link id + 2^40 for a confirmed link, so <c>ORDER BY rowid DESC</c> lists confirmed
/// pairs first, newest first. Fuzzy tables: length × 2^40 + link id, so a length window is a row id range.
/// </summary>
internal static class SearchRowIds
{
    public const long ConfirmedOffset = 1L << 40;
    public const long LinkIdMask = ConfirmedOffset - 1;

    public static long Text(long linkId, LinkStatus status) => linkId + (status == LinkStatus.Confirmed ? ConfirmedOffset : 0);

    public static long Fuzzy(long length, long linkId) => (length << 40) + linkId;

    public static long LinkId(long rowId) => rowId & LinkIdMask;
}
