using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Workbench.Core.Segmentation.Srx;

/// <summary>
/// Loads SRX 2.0 rule files (as exported by OmegaT and Okapi) and the rules Workbench ships. Patterns are translated
/// from Java syntax and compiled once here, so a bad rule is reported at load time with its location.
/// </summary>
public static class SrxLoader
{
    public const string DefaultRulesName = "built-in rules (DefaultRules.srx)";

    private const string DefaultRulesResource = "Workbench.Core.Segmentation.Srx.DefaultRules.srx";

    private static readonly Lazy<SrxDocument> Defaults = new(LoadDefaultRules);

    /// <summary>The rules Workbench ships for English and Japanese.</summary>
    public static SrxDocument Default => Defaults.Value;

    /// <exception cref="WorkbenchInputException">The file is missing or not valid SRX 2.0.</exception>
    public static SrxDocument Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new WorkbenchInputException(Directory.Exists(path) ? $"{path}: is a directory, expected an SRX file" : $"{path}: SRX file not found");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Parse(stream, path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new WorkbenchInputException($"{path}: cannot read the SRX file ({error.Message})", error);
        }
    }

    /// <param name="source">Path or name used in error messages.</param>
    /// <exception cref="WorkbenchInputException">The content is not valid SRX 2.0.</exception>
    public static SrxDocument Parse(Stream content, string source)
    {
        XDocument xml;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(content, settings);
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException error)
        {
            throw new WorkbenchInputException($"{source}: not well-formed XML ({error.Message})", error);
        }

        return Read(xml, source);
    }

    private static SrxDocument Read(XDocument xml, string source)
    {
        var root = xml.Root!;
        if (root.Name.LocalName != "srx")
        {
            throw Invalid(source, root, $"root element is <{root.Name.LocalName}>, expected <srx>");
        }

        if ((string?)root.Attribute("version") != "2.0")
        {
            throw Invalid(source, root, $"SRX version '{(string?)root.Attribute("version")}' is not supported (expected 2.0)");
        }

        var header = Child(source, root, "header");
        var body = Child(source, root, "body");
        var languageRules = Child(source, body, "languagerules").Elements().Where(Named("languagerule"))
            .Select(element => ReadLanguageRule(source, element))
            .ToList();
        var maps = Child(source, body, "maprules").Elements().Where(Named("languagemap"))
            .Select(element => ReadLanguageMap(source, element, languageRules))
            .ToList();
        if (languageRules.Count == 0 || maps.Count == 0)
        {
            throw Invalid(source, body, "needs at least one <languagerule> and one <languagemap>");
        }

        return new SrxDocument(source, YesNo(source, header, "cascade", defaultValue: false), languageRules, maps);
    }

    private static SrxLanguageRule ReadLanguageRule(string source, XElement element)
    {
        var name = RequiredAttribute(source, element, "languagerulename");
        var rules = element.Elements().Where(Named("rule")).Select(rule => ReadRule(source, name, rule)).ToList();
        return new SrxLanguageRule(name, rules);
    }

    private static SrxRule ReadRule(string source, string languageRule, XElement element)
    {
        var isBreak = YesNo(source, element, "break", defaultValue: true);
        var before = Translate(source, languageRule, element, "beforebreak");
        var after = Translate(source, languageRule, element, "afterbreak");
        try
        {
            _ = new Regex(CompiledSrxRules.PositionPattern(before, after), RegexOptions.CultureInvariant);
        }
        catch (ArgumentException error)
        {
            throw Invalid(source, element, $"invalid regular expression in languagerule '{languageRule}': {error.Message}");
        }

        return new SrxRule(isBreak, before, after);
    }

    private static string Translate(string source, string languageRule, XElement rule, string part)
    {
        var pattern = rule.Elements().FirstOrDefault(Named(part))?.Value ?? string.Empty;
        try
        {
            return JavaRegexTranslator.Translate(pattern);
        }
        catch (ArgumentException error)
        {
            throw Invalid(source, rule, $"cannot use <{part}> in languagerule '{languageRule}': {error.Message}");
        }
    }

    private static SrxLanguageMap ReadLanguageMap(string source, XElement element, List<SrxLanguageRule> rules)
    {
        var pattern = RequiredAttribute(source, element, "languagepattern");
        var ruleName = RequiredAttribute(source, element, "languagerulename");
        if (!rules.Exists(rule => rule.Name == ruleName))
        {
            throw Invalid(source, element, $"languagemap refers to unknown languagerule '{ruleName}'");
        }

        try
        {
            var translated = JavaRegexTranslator.Translate(pattern);
            _ = new Regex(translated);
            return new SrxLanguageMap(translated, ruleName);
        }
        catch (ArgumentException error)
        {
            throw Invalid(source, element, $"invalid languagepattern '{pattern}': {error.Message}");
        }
    }

    private static XElement Child(string source, XElement parent, string name) =>
        parent.Elements().FirstOrDefault(Named(name)) ?? throw Invalid(source, parent, $"<{parent.Name.LocalName}> has no <{name}>");

    private static Func<XElement, bool> Named(string localName) => element => element.Name.LocalName == localName;

    private static string RequiredAttribute(string source, XElement element, string name) =>
        (string?)element.Attribute(name) is { Length: > 0 } value
            ? value
            : throw Invalid(source, element, $"<{element.Name.LocalName}> needs a {name} attribute");

    private static bool YesNo(string source, XElement element, string name, bool defaultValue) =>
        (string?)element.Attribute(name) switch
        {
            null => defaultValue,
            "yes" => true,
            "no" => false,
            var other => throw Invalid(source, element, $"{name}=\"{other}\" must be yes or no"),
        };

    private static WorkbenchInputException Invalid(string source, XElement element, string problem)
    {
        var line = ((IXmlLineInfo)element).HasLineInfo() ? $" (line {((IXmlLineInfo)element).LineNumber})" : string.Empty;
        return new WorkbenchInputException($"{source}{line}: {problem}");
    }

    private static SrxDocument LoadDefaultRules()
    {
        using var stream = typeof(SrxLoader).Assembly.GetManifestResourceStream(DefaultRulesResource)
            ?? throw new InvalidOperationException($"embedded resource {DefaultRulesResource} is missing");
        return Parse(stream, DefaultRulesName);
    }
}
