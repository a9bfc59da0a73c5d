using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>How link statuses are spelled in the <c>links.status</c> column.</summary>
internal static class StatusNames
{
    public static string ToColumn(LinkStatus status) => status switch
    {
        LinkStatus.Auto => "auto",
        LinkStatus.Confirmed => "confirmed",
        LinkStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static LinkStatus FromColumn(string value) => value switch
    {
        "auto" => LinkStatus.Auto,
        "confirmed" => LinkStatus.Confirmed,
        "rejected" => LinkStatus.Rejected,
        _ => throw new InvalidDataException($"unknown link status '{value}' in database"),
    };
}
