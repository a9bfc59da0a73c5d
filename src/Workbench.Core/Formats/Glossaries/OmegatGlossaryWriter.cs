using Workbench.Core.Terminology;

namespace Workbench.Core.Formats.Glossaries;

/// <summary>
/// OmegaT's tab-separated glossary: <c>source&lt;TAB&gt;target&lt;TAB&gt;comment</c>, one line per approved
/// rendering, since OmegaT takes the whole second column as one term (so <c>拡大抑止;拡大抑止力</c> becomes two lines).
/// OmegaT has no notion of a forbidden term, and a third-party tool would offer any term it is given as a rendering,
/// so forbidden variants are never written as terms: they go into the comment as <c>avoid: キエフ</c>, after the
/// note, where the translator sees them in the Glossary pane.
/// </summary>
internal static class OmegatGlossaryWriter
{
    /// <summary>The header OmegaT itself writes into the glossaries it creates.</summary>
    private const string Header = "# Glossary in tab-separated format -*- coding: utf-8 -*-";

    public static void Write(IReadOnlyList<GlossaryEntry> entries, TextWriter writer)
    {
        writer.WriteLine(Header);
        foreach (var entry in entries)
        {
            var comment = Comment(entry);
            foreach (var rendering in entry.Approved)
            {
                writer.Write(Cell(entry.English));
                writer.Write('\t');
                writer.Write(Cell(rendering));
                if (comment.Length > 0)
                {
                    writer.Write('\t');
                    writer.Write(Cell(comment));
                }

                writer.WriteLine();
            }
        }
    }

    /// <summary>The note, then the forbidden variants: "Capital of Ukraine; avoid: キエフ".</summary>
    public static string Comment(GlossaryEntry entry)
    {
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(entry.Note))
        {
            parts.Add(entry.Note.Trim());
        }

        if (entry.Forbidden.Count > 0)
        {
            parts.Add("avoid: " + string.Join(", ", entry.Forbidden));
        }

        return string.Join("; ", parts);
    }

    /// <summary>A tab or line break inside a cell would start a new column or line: it becomes a space.</summary>
    private static string Cell(string text) =>
        text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();
}
