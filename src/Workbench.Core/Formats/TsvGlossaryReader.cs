using Workbench.Core.Terminology;

namespace Workbench.Core.Formats;

/// <summary>
/// OmegaT-style tab-separated glossary: <c>english TAB japanese[;japanese…] [TAB note [TAB forbidden[;forbidden…]]]</c>,
/// <c>#</c> comment lines and blank lines ignored.
/// </summary>
public static class TsvGlossaryReader
{
    public static IReadOnlyList<GlossaryEntry> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(GlossaryText.ReadAll(path), path);
    }

    /// <param name="origin">The file name used in error messages.</param>
    public static IReadOnlyList<GlossaryEntry> Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<GlossaryEntry>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            entries.Add(GlossaryCells.ToEntry(line.Split('\t'), origin, i + 1));
        }

        return entries;
    }
}
