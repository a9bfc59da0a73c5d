namespace Workbench.Storage.Postgres;

/// <summary>A pending row of <c>import_queue</c> as a worker claims it.</summary>
internal sealed record QueuedJobRow(long Id, string Name, string? EnglishSource, string JapaneseSource, byte[]? English, byte[] Japanese, string ContentHash, bool Replace);
