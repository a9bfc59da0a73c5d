using System.Globalization;
using System.Xml;
using Workbench.Core.Terminology;

namespace Workbench.Core.Formats.Glossaries;

/// <summary>
/// TBX in either generation: one entry per glossary entry, the note as a <c>definition</c>, the English term, and
/// the Japanese renderings with an <c>administrativeStatus</c>: the first approved one <c>preferredTerm-admn-sts</c>,
/// other approved ones <c>admittedTerm-admn-sts</c>, forbidden variants <c>deprecatedTerm-admn-sts</c> (which
/// <see cref="TbxGlossaryReader"/> reads back as forbidden). No DOCTYPE: Java readers would try to fetch the DTD.
/// </summary>
internal static class TbxGlossaryWriter
{
    private const string Preferred = "preferredTerm-admn-sts";
    private const string Admitted = "admittedTerm-admn-sts";
    private const string Deprecated = "deprecatedTerm-admn-sts";

    public static void Write(IReadOnlyList<GlossaryEntry> entries, TbxDialect dialect, TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true, CloseOutput = false };
        // The declaration is written by hand: XmlWriter would name the text writer's encoding, not the file's UTF-8.
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using var writer = XmlWriter.Create(output, settings);
        var ns = dialect.Namespace;
        writer.WriteStartElement(dialect.Root, ns);
        if (dialect == TbxDialect.Martif)
        {
            writer.WriteAttributeString("type", "TBX");
        }
        else
        {
            writer.WriteAttributeString("type", "TBX-Basic");
            writer.WriteAttributeString("style", "dca");
        }

        writer.WriteAttributeString("xml", "lang", null, "en");
        writer.WriteStartElement(dialect.Header, ns);
        writer.WriteStartElement("fileDesc", ns);
        writer.WriteStartElement("sourceDesc", ns);
        writer.WriteElementString("p", ns, "Workbench glossary export (English to Japanese)");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("text", ns);
        writer.WriteStartElement("body", ns);
        for (var i = 0; i < entries.Count; i++)
        {
            WriteEntry(writer, dialect, entries[i], i + 1);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Flush();
        output.Write('\n');
    }

    private static void WriteEntry(XmlWriter writer, TbxDialect dialect, GlossaryEntry entry, int number)
    {
        var ns = dialect.Namespace;
        writer.WriteStartElement(dialect.Entry, ns);
        writer.WriteAttributeString("id", string.Create(CultureInfo.InvariantCulture, $"e{number}"));
        if (!string.IsNullOrWhiteSpace(entry.Note))
        {
            writer.WriteStartElement("descrip", ns);
            writer.WriteAttributeString("type", "definition");
            writer.WriteString(XmlCharacters.RemoveInvalid(entry.Note.Trim()));
            writer.WriteEndElement();
        }

        writer.WriteStartElement(dialect.LanguageSection, ns);
        writer.WriteAttributeString("xml", "lang", null, "en");
        WriteTerm(writer, dialect, entry.English, status: null);
        writer.WriteEndElement();

        writer.WriteStartElement(dialect.LanguageSection, ns);
        writer.WriteAttributeString("xml", "lang", null, "ja");
        for (var i = 0; i < entry.Approved.Count; i++)
        {
            WriteTerm(writer, dialect, entry.Approved[i], i == 0 ? Preferred : Admitted);
        }

        foreach (var forbidden in entry.Forbidden)
        {
            WriteTerm(writer, dialect, forbidden, Deprecated);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteTerm(XmlWriter writer, TbxDialect dialect, string term, string? status)
    {
        var ns = dialect.Namespace;
        writer.WriteStartElement(dialect.TermSection, ns);
        writer.WriteElementString("term", ns, XmlCharacters.RemoveInvalid(term));
        if (status is not null)
        {
            writer.WriteStartElement("termNote", ns);
            writer.WriteAttributeString("type", "administrativeStatus");
            writer.WriteString(status);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
