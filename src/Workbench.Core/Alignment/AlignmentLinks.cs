using System.Globalization;
using System.Text;

namespace Workbench.Core.Alignment;

/// <summary>Reads and writes the <c>links</c> format: one bead per line, <c>[en ids]:[ja ids]</c>, 0-based.</summary>
public static class AlignmentLinks
{
    public static string Format(IEnumerable<Bead> beads)
    {
        ArgumentNullException.ThrowIfNull(beads);
        var builder = new StringBuilder();
        foreach (var bead in beads)
        {
            bead.AppendLinkNotation(builder).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Reads a links file; a line that is not a bead of consecutive ids is an input error naming the line.</summary>
    public static IReadOnlyList<Bead> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new WorkbenchInputException($"{path}: file not found");
        }

        var beads = new List<Bead>();
        var lineNumber = 0;
        int english = 0, japanese = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var bead = Parse(line) ?? throw new WorkbenchInputException($"{path}:{lineNumber}: not a bead: {line.Trim()}");

            // An empty side sits where the previous bead left that side.
            bead = bead with
            {
                EnStart = bead.EnCount > 0 ? bead.EnStart : english,
                JaStart = bead.JaCount > 0 ? bead.JaStart : japanese,
            };
            (english, japanese) = (Math.Max(english, bead.EnEnd), Math.Max(japanese, bead.JaEnd));
            beads.Add(bead);
        }

        return beads;
    }

    /// <summary>Parses <c>[1,2]:[3]</c> (an empty side starts at 0); null when the line is not a bead of consecutive ids.</summary>
    public static Bead? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Split(':');
        if (parts.Length != 2 || !TryParseSide(parts[0], out var english) || !TryParseSide(parts[1], out var japanese))
        {
            return null;
        }

        return new Bead(english.Count > 0 ? english[0] : 0, english.Count, japanese.Count > 0 ? japanese[0] : 0, japanese.Count, 1);
    }

    private static bool TryParseSide(string side, out List<int> ids)
    {
        ids = [];
        var trimmed = side.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '[' || trimmed[^1] != ']')
        {
            return false;
        }

        foreach (var item in trimmed[1..^1].Replace(" ", "", StringComparison.Ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || (ids.Count > 0 && id != ids[^1] + 1))
            {
                return false;
            }

            ids.Add(id);
        }

        return true;
    }
}
