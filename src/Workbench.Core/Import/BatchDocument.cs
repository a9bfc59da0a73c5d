using System.Security.Cryptography;

namespace Workbench.Core.Import;

/// <summary>One document of a batch: its name and files, found by <see cref="BatchFolder"/>.</summary>
public sealed record BatchDocument(string Name, string? EnglishPath, string JapanesePath)
{
    public ImportRequest ToRequest() => new(Name, EnglishPath, JapanesePath);

    /// <summary>
    /// SHA-256 of both files' bytes (hex): a re-run skips a document stored with the same hash, so an interrupted batch
    /// resumes where it stopped and a changed file is noticed.
    /// </summary>
    public string ContentHash() => ContentHash(EnglishPath is null ? null : File.ReadAllBytes(EnglishPath), File.ReadAllBytes(JapanesePath));

    public static string ContentHash(byte[]? english, byte[] japanese)
    {
        ArgumentNullException.ThrowIfNull(japanese);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Lengths first: moving bytes from one file to the other changes the hash.
        hash.AppendData(BitConverter.GetBytes(english?.LongLength ?? -1L));
        hash.AppendData(english ?? []);
        hash.AppendData(BitConverter.GetBytes(japanese.LongLength));
        hash.AppendData(japanese);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
