using System.Text;

namespace Workbench.Cli;

/// <summary>
/// The writer commands print to. On a terminal it is <see cref="Console.Out"/> itself (colour and interactivity are
/// decided by comparing with it). When the output is redirected, it is a writer over the same stream and encoding
/// whose buffer holds 64 KB instead of <see cref="Console.Out"/>'s 256 characters: it still flushes after every
/// write call, so output appears as promptly, but a 10 MB <c>align --format tsv</c> no longer costs 40,000 write
/// system calls (issue 12).
/// </summary>
internal static class StandardOutput
{
    private const int RedirectedBufferBytes = 64 * 1024;

    public static TextWriter Open()
    {
        if (!Console.IsOutputRedirected || WithoutPreamble(Console.OutputEncoding) is not { } encoding)
        {
            return Console.Out;
        }

        return TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), encoding, RedirectedBufferBytes, leaveOpen: true) { AutoFlush = true });
    }

    /// <summary>The encoding as <see cref="Console.Out"/> writes it (never a byte-order mark), or null for an encoding
    /// with a preamble other than UTF-8's, which is then left to <see cref="Console.Out"/>.</summary>
    private static Encoding? WithoutPreamble(Encoding encoding) =>
        encoding.Preamble.Length == 0 ? encoding
        : encoding is UTF8Encoding ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
        : null;
}
