using System.Xml;
using System.Xml.Linq;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Core.Formats;

/// <summary>
/// TBX (TBX-Basic 2008 termEntry/langSet/tig and ISO 30042:2019 conceptEntry/langSec/termSec, with or without namespace): each entry gives one
/// glossary entry per usable English term; Japanese terms whose <c>administrativeStatus</c> is deprecated,
/// superseded or forbidden become forbidden variants, all others approved renderings.
/// </summary>
public static class TbxGlossaryReader
{
    private static readonly string[] RejectedStatuses = ["deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "forbidden", "deprecated", "superseded"];

    public static IReadOnlyList<GlossaryEntry> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(GlossaryText.ReadAll(path), path);
    }

    /// <param name="origin">The file name used in error messages.</param>
    public static IReadOnlyList<GlossaryEntry> Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException error)
        {
            throw new WorkbenchInputException($"{origin}:{error.LineNumber}: not well-formed XML ({FirstSentence(error.Message)})");
        }

        var entries = new List<GlossaryEntry>();
        foreach (var termEntry in document.Descendants().Where(e => e.Name.LocalName is "termEntry" or "conceptEntry"))
        {
            entries.AddRange(ReadEntry(termEntry, origin));
        }

        if (entries.Count == 0)
        {
            throw new WorkbenchInputException($"{origin}:1: no termEntry with an English and a Japanese term");
        }

        return entries;
    }

    private static IEnumerable<GlossaryEntry> ReadEntry(XElement termEntry, string origin)
    {
        var line = ((IXmlLineInfo)termEntry).LineNumber;
        var english = new List<string>();
        var approved = new List<string>();
        var forbidden = new List<string>();
        foreach (var langSet in termEntry.Elements().Where(e => e.Name.LocalName is "langSet" or "langSec"))
        {
            var code = (string?)langSet.Attribute(XNamespace.Xml + "lang") ?? (string?)langSet.Attribute("lang");
            if (!LanguageCodes.TryParse(code, out var language))
            {
                continue;
            }

            foreach (var term in langSet.Descendants().Where(e => e.Name.LocalName == "term"))
            {
                var value = term.Value.Trim();
                if (value.Length == 0)
                {
                    continue;
                }

                var rejected = IsRejected(term);
                if (language == Language.English && !rejected)
                {
                    english.Add(value);
                }
                else if (language == Language.Japanese)
                {
                    (rejected ? forbidden : approved).Add(value);
                }
            }
        }

        if (english.Count == 0 || approved.Count == 0)
        {
            throw new WorkbenchInputException(
                $"{origin}:{line}: termEntry needs an English term and an approved Japanese term (langSet xml:lang=\"en\"/\"ja\")");
        }

        var note = termEntry.Descendants()
            .FirstOrDefault(e => e.Name.LocalName is "descrip" or "note" && e.Value.Trim().Length > 0)?.Value.Trim();
        return english.Distinct(StringComparer.Ordinal).Select(term => new GlossaryEntry(term, approved, note, forbidden));
    }

    private static bool IsRejected(XElement term)
    {
        var status = term.Parent?.Descendants()
            .FirstOrDefault(e => e.Name.LocalName == "termNote" && (string?)e.Attribute("type") == "administrativeStatus");
        return status is not null && RejectedStatuses.Contains(status.Value.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    private static string FirstSentence(string message) => message.Split(" Line ", 2)[0].TrimEnd('.', ' ');
}
