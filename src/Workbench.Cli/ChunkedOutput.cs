using System.Text;

namespace Workbench.Cli;

/// <summary>
/// Lines collected and handed to a command's writer about 64 KB at a time: the writer flushes after every call (see
/// <see cref="StandardOutput"/>), so a call per line of a 40,000-line output is a system call per line.
/// </summary>
internal sealed class ChunkedOutput(TextWriter output)
{
    private const int ChunkCharacters = 64 * 1024;

    private readonly StringBuilder pending = new(ChunkCharacters + 4096);

    /// <summary>The builder to append one line's text to; end the line with <see cref="EndLine"/>.</summary>
    public StringBuilder Line => pending;

    /// <summary>Ends the line with the writer's line break and hands the text over once a chunk is full.</summary>
    public void EndLine()
    {
        pending.Append(output.NewLine);
        if (pending.Length >= ChunkCharacters)
        {
            Flush();
        }
    }

    public void WriteLine(string line)
    {
        pending.Append(line);
        EndLine();
    }

    /// <summary>Hands over what is left; call once at the end.</summary>
    public void Flush()
    {
        output.Write(pending);
        pending.Clear();
    }
}
