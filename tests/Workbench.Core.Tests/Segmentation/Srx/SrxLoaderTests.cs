using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;
using Workbench.Core.Segmentation.Srx;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Segmentation.Srx;

public sealed class SrxLoaderTests
{
    private const string SemicolonRules = """
        <?xml version="1.0" encoding="UTF-8"?>
        <srx xmlns="http://www.lisa.org/srx20" version="2.0">
          <header segmentsubflows="yes" cascade="CASCADE"/>
          <body>
            <languagerules>
              <languagerule languagerulename="NoBreakAfterSir">
                <rule break="no"><beforebreak>\bSir;</beforebreak><afterbreak>\s</afterbreak></rule>
              </languagerule>
              <languagerule languagerulename="Semicolons">
                <rule><beforebreak>;</beforebreak><afterbreak>\s\p{javaUpperCase}</afterbreak></rule>
              </languagerule>
            </languagerules>
            <maprules>
              <languagemap languagepattern="EN.*" languagerulename="NoBreakAfterSir"/>
              <languagemap languagepattern=".*" languagerulename="Semicolons"/>
            </maprules>
          </body>
        </srx>
        """;

    [Fact]
    public void Default_rules_cover_english_and_japanese()
    {
        var rules = SrxLoader.Default;

        Assert.NotEmpty(rules.RulesFor("en"));
        Assert.NotEmpty(rules.RulesFor("ja-JP"));
        Assert.Empty(rules.RulesFor("de"));
        Assert.Contains(rules.RulesFor("en"), rule => !rule.IsBreak);
    }

    [Fact]
    public void Default_rules_are_valid_against_the_srx20_schema()
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        schemas.Add("http://www.w3.org/XML/1998/namespace", RepositoryPaths.InShared("tmx", "schemas", "omegat", "xml.xsd"));
        schemas.Add("http://www.lisa.org/srx20", RepositoryPaths.InShared("tmx", "schemas", "omegat", "srx20.xsd"));
        var path = Path.Combine(RepositoryPaths.Root, "src", "Workbench.Core", "Segmentation", "Srx", "DefaultRules.srx");
        var errors = new List<string>();

        XDocument.Load(path).Validate(schemas, (_, e) => errors.Add(e.Message));

        Assert.Empty(errors);
    }

    [Fact]
    public void A_user_srx_file_replaces_the_default_rules()
    {
        using var directory = new TemporaryDirectory();
        var srx = directory.Write("rules.srx", SemicolonRules.Replace("CASCADE", "yes", StringComparison.Ordinal));

        var sentences = DocumentSegmenter.FromSrxFile(srx).SegmentText("One part; Two part; Sir; Three. Four", Language.English);

        Assert.Equal(["One part;", "Two part;", "Sir; Three. Four"], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Cascade_applies_every_matching_map_in_order()
    {
        var rules = Parse(SemicolonRules.Replace("CASCADE", "yes", StringComparison.Ordinal)).RulesFor("en");

        Assert.Equal(2, rules.Count);
        Assert.False(rules[0].IsBreak);
        Assert.True(rules[1].IsBreak);
    }

    [Fact]
    public void Without_cascade_only_the_first_matching_map_applies()
    {
        var document = Parse(SemicolonRules.Replace("CASCADE", "no", StringComparison.Ordinal));

        Assert.Single(document.RulesFor("en"));
        Assert.True(Assert.Single(document.RulesFor("ja")).IsBreak);
    }

    [Fact]
    public void Java_patterns_are_translated_when_loading() =>
        Assert.Equal(@"\s[\p{Lu}]", Parse(SemicolonRules.Replace("CASCADE", "no", StringComparison.Ordinal)).RulesFor("ja")[0].AfterBreak);

    [Theory]
    [InlineData("<srx version=\"2.0\"><header", "not well-formed XML")]
    [InlineData("<srx xmlns=\"http://www.lisa.org/srx20\" version=\"1.0\"/>", "version '1.0' is not supported")]
    [InlineData("<rules/>", "expected <srx>")]
    public void Invalid_documents_are_input_errors_naming_the_file(string content, string problem)
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Write("bad.srx", content);

        var error = Assert.Throws<WorkbenchInputException>(() => SrxLoader.Load(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_to_an_unknown_rule_is_reported()
    {
        var content = SemicolonRules.Replace("CASCADE", "no", StringComparison.Ordinal)
            .Replace("languagepattern=\".*\" languagerulename=\"Semicolons\"", "languagepattern=\".*\" languagerulename=\"Missing\"", StringComparison.Ordinal);

        var error = Assert.Throws<WorkbenchInputException>(() => Parse(content));

        Assert.Contains("unknown languagerule 'Missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_regular_expression_is_reported_with_its_line()
    {
        var content = SemicolonRules.Replace("CASCADE", "no", StringComparison.Ordinal).Replace(@"\bSir;", "(Sir", StringComparison.Ordinal);

        var error = Assert.Throws<WorkbenchInputException>(() => Parse(content));

        Assert.Contains("(line 7)", error.Message, StringComparison.Ordinal);
        Assert.Contains("NoBreakAfterSir", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_srx_file_is_an_input_error() =>
        Assert.Contains("SRX file not found", Assert.Throws<WorkbenchInputException>(() => SrxLoader.Load("/nonexistent/rules.srx")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_language_without_rules_is_an_input_error()
    {
        var document = Parse(SemicolonRules.Replace("CASCADE", "no", StringComparison.Ordinal).Replace("languagepattern=\".*\"", "languagepattern=\"EN.*\"", StringComparison.Ordinal));
        var segmenter = new DocumentSegmenter(document, SegmentationOptions.Default);

        var error = Assert.Throws<WorkbenchInputException>(() => segmenter.SegmentText("日本語。", Language.Japanese));

        Assert.Contains("no languagemap matches language 'ja'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catastrophically_slow_user_rule_times_out_as_an_input_error()
    {
        var document = new SrxDocument("slow.srx", false, [new SrxLanguageRule("Slow", [new SrxRule(true, string.Empty, "(x+x+)+y")])], [new SrxLanguageMap(".*", "Slow")]);
        var options = SegmentationOptions.Default with { RuleTimeout = TimeSpan.FromMilliseconds(50) };
        var segmenter = new DocumentSegmenter(document, options);

        var error = Assert.Throws<WorkbenchInputException>(() => segmenter.SegmentText(new string('x', 64), Language.English));

        Assert.Contains("slow.srx", error.Message, StringComparison.Ordinal);
    }

    private static SrxDocument Parse(string content)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content));
        return SrxLoader.Parse(stream, "test.srx");
    }
}
