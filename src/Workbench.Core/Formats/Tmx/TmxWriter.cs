using System.Globalization;
using System.Text;
using System.Xml;
using Workbench.Core.Documents;

namespace Workbench.Core.Formats.Tmx;

/// <summary>
/// Streams aligned pairs as TMX 1.4b: one <c>&lt;tu&gt;</c> per non-null bead, written as it is read, so memory stays
/// flat whatever the size of the memory. The output validates against the TMX 1.4 DTD; it carries no DOCTYPE, because
/// a relative <c>tmx14.dtd</c> reference makes some Java readers look for a file that is not there.
/// </summary>
public sealed class TmxWriter
{
    /// <summary>Written by hand: XmlWriter would name the encoding of a text writer (utf-16 for a StringWriter).</summary>
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private const string ToolName = "Workbench";
    private const int NumberBufferLength = 32;

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string englishCode;
    private readonly string japaneseCode;
    private readonly TmxExportOptions options;

    /// <summary>Throws <see cref="WorkbenchInputException"/> when a language code is not a usable BCP 47 tag.</summary>
    public TmxWriter(TmxExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        englishCode = TmxLanguageTag.Normalize(options.EnglishCode, Language.English);
        japaneseCode = TmxLanguageTag.Normalize(options.JapaneseCode, Language.Japanese);
    }

    /// <summary>Writes UTF-8 without a byte-order mark; leaves <paramref name="output"/> open.</summary>
    public ExportResult Write(IEnumerable<AlignedPair> pairs, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Utf8WithoutBom.GetBytes(Declaration));
        using var writer = XmlWriter.Create(output, CreateSettings());
        return Write(pairs, writer);
    }

    /// <summary>Writes to a text writer (standard output); the declaration says UTF-8 whatever the writer's encoding,
    /// as the bytes reaching a file or pipe are the console's UTF-8.</summary>
    public ExportResult Write(IEnumerable<AlignedPair> pairs, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Declaration);
        using var writer = XmlWriter.Create(output, CreateSettings());
        return Write(pairs, writer);
    }

    private static XmlWriterSettings CreateSettings() => new()
    {
        Encoding = Utf8WithoutBom,
        OmitXmlDeclaration = true,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        // Every text goes through XmlCharacters.RemoveInvalid and every name is ours, so the writer's own
        // per-character check would only repeat that scan (about a tenth of the export time).
        CheckCharacters = false,
        CloseOutput = false,
    };

    private ExportResult Write(IEnumerable<AlignedPair> pairs, XmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        writer.WriteStartElement("tmx");
        writer.WriteAttributeString("version", "1.4");
        WriteHeader(writer);
        writer.WriteStartElement("body");
        long written = 0;
        long skipped = 0;
        var buffer = new char[NumberBufferLength];
        foreach (var pair in pairs)
        {
            if (pair.Link.Bead.IsNull)
            {
                skipped++;
                continue;
            }

            written++;
            WriteUnit(writer, pair, written, buffer);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteWhitespace("\n");
        writer.Flush();
        return new ExportResult(written, skipped);
    }

    private void WriteHeader(XmlWriter writer)
    {
        writer.WriteStartElement("header");
        writer.WriteAttributeString("creationtool", ToolName);
        writer.WriteAttributeString("creationtoolversion", options.CreationToolVersion);
        writer.WriteAttributeString("segtype", options.SegmentType);
        writer.WriteAttributeString("o-tmf", ToolName);
        writer.WriteAttributeString("adminlang", "en");
        writer.WriteAttributeString("srclang", englishCode);
        writer.WriteAttributeString("datatype", "plaintext");
        writer.WriteAttributeString("creationdate", TmxDates.ToTmx(options.CreationDate ?? DateTimeOffset.UtcNow));
        writer.WriteEndElement();
    }

    private void WriteUnit(XmlWriter writer, AlignedPair pair, long number, char[] buffer)
    {
        writer.WriteStartElement("tu");
        number.TryFormat(buffer, out var length, provider: CultureInfo.InvariantCulture);
        WriteAttribute(writer, "tuid", buffer, length);
        TmxDates.TryFormat(pair.Link.UpdatedAt, buffer, out length);
        WriteAttribute(writer, "changedate", buffer, length);

        WriteProperty(writer, TmxPropertyTypes.Document, XmlCharacters.RemoveInvalid(pair.Document));
        pair.Link.Bead.Confidence.TryFormat(buffer, out length, "0.###", CultureInfo.InvariantCulture);
        writer.WriteStartElement("prop");
        writer.WriteAttributeString("type", TmxPropertyTypes.Confidence);
        writer.WriteChars(buffer, 0, length);
        writer.WriteEndElement();
        WriteProperty(writer, TmxPropertyTypes.Status, StatusName(pair.Link.Status));

        WriteVariant(writer, englishCode, pair.EnglishText);
        WriteVariant(writer, japaneseCode, pair.JapaneseText);
        writer.WriteEndElement();
    }

    /// <summary>Writes a formatted number or date from the reused buffer, so a unit costs no string for them.</summary>
    private static void WriteAttribute(XmlWriter writer, string name, char[] value, int length)
    {
        writer.WriteStartAttribute(name);
        writer.WriteChars(value, 0, length);
        writer.WriteEndAttribute();
    }

    private static void WriteProperty(XmlWriter writer, string type, string value)
    {
        writer.WriteStartElement("prop");
        writer.WriteAttributeString("type", type);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    private static void WriteVariant(XmlWriter writer, string language, string text)
    {
        writer.WriteStartElement("tuv");
        writer.WriteAttributeString("xml", "lang", null, language);
        writer.WriteElementString("seg", XmlCharacters.RemoveInvalid(text));
        writer.WriteEndElement();
    }

    private static string StatusName(LinkStatus status) => status switch
    {
        LinkStatus.Confirmed => "confirmed",
        LinkStatus.Rejected => "rejected",
        _ => "auto",
    };
}
