using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Workbench.Core.Formats.Tmx;

/// <summary>
/// Reads TMX 1.1 to 1.4b in any encoding the XML declaration names (windows-1252 included), with or without a
/// DOCTYPE. DTDs are ignored and no resolver is set: no external entity or DTD is ever fetched, and a file that uses
/// entities declared in its DOCTYPE (such as a billion-laughs bomb) stops at the first reference with an error.
/// Unusable files raise <see cref="WorkbenchInputException"/> with <c>file:line:column</c>.
/// </summary>
public sealed partial class TmxReader
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private readonly TmxInlineMarkup inlineMarkup;

    public TmxReader(TmxInlineMarkup inlineMarkup = TmxInlineMarkup.Flatten)
    {
        this.inlineMarkup = inlineMarkup;
    }

    public TmxDocument ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new WorkbenchInputException(Directory.Exists(path) ? $"{path}: is a directory, expected a TMX file" : $"{path}: file not found");
        }

        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <param name="sourceName">Names the input in error messages.</param>
    public TmxDocument Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var reader = XmlReader.Create(stream, CreateSettings());
        try
        {
            return ReadDocument(reader, sourceName);
        }
        catch (XmlException error)
        {
            throw new WorkbenchInputException(
                $"{sourceName}:{error.LineNumber}:{error.LinePosition}: not well-formed XML: {Describe(error)}", error);
        }
        catch (DecoderFallbackException error)
        {
            var (line, column) = Position(reader);
            throw new WorkbenchInputException(
                $"{sourceName}:{line}:{column}: bytes that are not valid in the declared encoding", error);
        }
    }

    private static XmlReaderSettings CreateSettings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private TmxDocument ReadDocument(XmlReader reader, string sourceName)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "tmx")
        {
            throw Problem(reader, sourceName, $"not a TMX file: the root element is <{reader.LocalName}>, not <tmx>");
        }

        var version = reader.GetAttribute("version");
        var header = TmxHeader.Empty;
        var units = new List<TmxUnit>();
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "header":
                    header = ReadHeader(reader);
                    break;
                case "tu":
                    units.Add(ReadUnit(reader, sourceName));
                    break;
                case "body":
                    reader.Read();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new TmxDocument(version, header, units);
    }

    private static TmxHeader ReadHeader(XmlReader reader)
    {
        var sourceLanguage = reader.GetAttribute("srclang");
        var tool = reader.GetAttribute("creationtool");
        var toolVersion = reader.GetAttribute("creationtoolversion");
        var segmentType = reader.GetAttribute("segtype");
        var dataType = reader.GetAttribute("datatype");
        var properties = new List<TmxProperty>();
        var notes = new List<string>();
        ReadChildren(reader, child =>
        {
            if (!ReadAnnotation(child, properties, notes))
            {
                child.Skip();
            }
        });
        return new TmxHeader(sourceLanguage, tool, toolVersion, segmentType, dataType, properties, notes);
    }

    private TmxUnit ReadUnit(XmlReader reader, string sourceName)
    {
        var (line, _) = Position(reader);
        var id = reader.GetAttribute("tuid");
        var sourceLanguage = reader.GetAttribute("srclang");
        var changeDate = TmxDates.TryParse(reader.GetAttribute("changedate"));
        var properties = new List<TmxProperty>();
        var notes = new List<string>();
        var variants = new List<TmxVariant>();
        ReadChildren(reader, child =>
        {
            if (child.LocalName == "tuv")
            {
                variants.Add(ReadVariant(child, sourceName));
            }
            else if (!ReadAnnotation(child, properties, notes))
            {
                child.Skip();
            }
        });
        return new TmxUnit(id, line, sourceLanguage, changeDate, properties, notes, variants);
    }

    private TmxVariant ReadVariant(XmlReader reader, string sourceName)
    {
        var language = reader.GetAttribute("lang", XmlNamespace) ?? reader.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(language))
        {
            throw Problem(reader, sourceName, "<tuv> without xml:lang (or TMX 1.1 lang) attribute");
        }

        var (line, column) = Position(reader);
        var properties = new List<TmxProperty>();
        var notes = new List<string>();
        string? text = null;
        ReadChildren(reader, child =>
        {
            if (child.LocalName == "seg")
            {
                text = ReadSegment(child);
            }
            else if (!ReadAnnotation(child, properties, notes))
            {
                child.Skip();
            }
        });
        if (text is null)
        {
            throw new WorkbenchInputException($"{sourceName}:{line}:{column}: <tuv> without <seg>");
        }

        return new TmxVariant(language.Trim(), text, properties, notes);
    }

    /// <summary>Reads a prop or note into the lists; false when the element is neither.</summary>
    private static bool ReadAnnotation(XmlReader reader, List<TmxProperty> properties, List<string> notes)
    {
        switch (reader.LocalName)
        {
            case "prop":
                var type = reader.GetAttribute("type") ?? string.Empty;
                properties.Add(new TmxProperty(type, ReadText(reader)));
                return true;
            case "note":
                notes.Add(ReadText(reader));
                return true;
            default:
                return false;
        }
    }

    /// <summary>Calls <paramref name="onChild"/> for each child element of the current element; each call must leave
    /// the reader just past that child. Returns with the reader just past the current element.</summary>
    private static void ReadChildren(XmlReader reader, Action<XmlReader> onChild)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                onChild(reader);
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
    }

    /// <summary>All text inside the current element (prop and note are plain text, but tolerate stray markup);
    /// leaves the reader just past it.</summary>
    private static string ReadText(XmlReader reader)
    {
        var text = new StringBuilder();
        var depth = reader.Depth;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        reader.Read();
        while (!(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
            }

            reader.Read();
        }

        reader.Read();
        return text.ToString();
    }

    private string ReadSegment(XmlReader reader)
    {
        var text = new StringBuilder();
        if (!reader.IsEmptyElement)
        {
            var placeholders = new PlaceholderNumbering();
            AppendContent(reader, text, placeholders);
        }
        else
        {
            reader.Read();
        }

        return text.ToString().Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Appends the content of the current element and leaves the reader just past its end tag.</summary>
    private void AppendContent(XmlReader reader, StringBuilder text, PlaceholderNumbering placeholders)
    {
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.Depth == depth && reader.NodeType == XmlNodeType.EndElement))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    text.Append(reader.Value);
                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    AppendInline(reader, text, placeholders);
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();
    }

    private void AppendInline(XmlReader reader, StringBuilder text, PlaceholderNumbering placeholders)
    {
        var name = reader.LocalName;
        if (name is "bpt" or "ept" or "it" or "ph" or "ut")
        {
            if (inlineMarkup == TmxInlineMarkup.Placeholders)
            {
                text.Append(placeholders.ForCode(name, reader.GetAttribute("i"), reader.GetAttribute("pos")));
            }

            reader.Skip();
            return;
        }

        // hi, sub and anything unknown: the text inside is translatable, so keep it.
        var marker = inlineMarkup == TmxInlineMarkup.Placeholders && name == "hi" ? placeholders.NextHighlight() : null;
        if (marker is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"<{marker}>");
        }

        if (reader.IsEmptyElement)
        {
            reader.Read();
        }
        else
        {
            AppendContent(reader, text, placeholders);
        }

        if (marker is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"</{marker}>");
        }
    }

    private static WorkbenchInputException Problem(XmlReader reader, string sourceName, string problem)
    {
        var (line, column) = Position(reader);
        return new WorkbenchInputException($"{sourceName}:{line}:{column}: {problem}");
    }

    private static (int Line, int Column) Position(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    /// <summary>The parser's message without its trailing "Line n, position m." (the prefix says where), plus why
    /// entity references fail: Workbench never expands DTD entities.</summary>
    private static string Describe(XmlException error)
    {
        var message = TrailingPosition().Replace(error.Message, string.Empty).Trim();
        return message.Contains("entity", StringComparison.OrdinalIgnoreCase)
            ? $"{message} (entities declared in a DOCTYPE are never expanded, for safety)"
            : message;
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex TrailingPosition();
}
