using System.Text;
using System.Xml;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tmx;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Formats;

/// <summary>
/// Reads every TMX file under ../shared/tmx/samples (OmegaT's and Okapi's test files). VALIDATION*.tsv records what
/// an XSD/DTD validator thought of each: files it calls valid must read with as many units as they have &lt;tu&gt;
/// (counted here by a separate XmlReader pass); files it calls invalid must either fail with a clear input error or,
/// when the defect is one every CAT tool tolerates (listed in <see cref="ToleratedDefects"/> with the reason), read
/// completely. No file may crash the reader.
/// </summary>
public sealed class TmxSampleTests
{
    /// <summary>Validator verdicts Workbench deliberately does not enforce: rejecting these files would refuse
    /// memories that OmegaT and Okapi themselves write and read.</summary>
    private static readonly Dictionary<string, string> ToleratedDefects = new(StringComparer.Ordinal)
    {
        ["omegat/src/test/resources/data/tmx/en-ca.tmx"] = "TMX 1.1 file using xml:lang instead of lang (written by OmegaT 6)",
        ["omegat/src/test/resources/data/tmx/test-omegat-invalid.tmx"] = "mixes TMX 1.1 lang and TMX 1.4 xml:lang",
        ["okapi/applications/integration-tests/src/test/resources/gold/potest.po.normal.tmx"] = "<prop> in <tuv>: the TMX 1.4 DTD allows it, only the XSD does not",
        ["okapi/okapi/filters/tmx/src/test/resources/html_test.tmx"] = "an undeclared type2 attribute on an inline code",
        ["okapi/applications/integration-tests/src/test/resources/gold/tmxtest-attributes.out.tmx"] = "windows-1252, which the validator could not decode; the reader registers code pages",
    };

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.TmxSamples, "*.tmx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.TmxSamples, path).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void The_samples_and_their_validation_lists_are_present()
    {
        var verdicts = Verdicts();
        Assert.True(SampleFiles().Count >= 80, $"expected the shared TMX samples under {RepositoryPaths.TmxSamples}");
        Assert.True(verdicts.Count >= 80, "expected VALIDATION.tsv and VALIDATION.okapi.tsv to list the samples");
        Assert.All(verdicts.Keys, file => Assert.True(File.Exists(Path.Combine(RepositoryPaths.TmxSamples, file)), $"{file} listed but missing"));
        Assert.All(ToleratedDefects.Keys, file => Assert.False(verdicts[file], $"{file} is listed as tolerated but is valid"));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sample_reads_completely_or_fails_with_a_clear_input_error(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.TmxSamples, relativePath);
        var mustRead = !Verdicts().TryGetValue(relativePath, out var valid) || valid || ToleratedDefects.ContainsKey(relativePath);

        TmxDocument document;
        try
        {
            document = new TmxReader().ReadFile(path);
        }
        catch (WorkbenchInputException error)
        {
            Assert.False(mustRead, $"{relativePath} should read but failed: {error.Message}");
            Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
            return;
        }

        var (units, variants) = CountUnitsAndVariants(path);
        Assert.Equal(units, document.Units.Count);
        Assert.Equal(variants, document.Units.Sum(u => u.Variants.Count));
        Assert.True(document.Units.SelectMany(u => u.Variants).All(v => v.Language.Length > 0));
    }

    [Fact]
    public void Japanese_sample_reads_its_japanese_variant_with_full_width_spaces()
    {
        var path = Path.Combine(RepositoryPaths.TmxSamples, "omegat/src/test/resources/data/tmx/TMXComplianceKit/ImportTest1I.tmx");

        var unit = new TmxReader().ReadFile(path).Units.Single();

        Assert.Equal("English segment with [    ]", unit.Find(Language.English)!.Text);
        Assert.Equal("Japanese segment with [\u3000\u3000]", unit.Find(Language.Japanese)!.Text);
    }

    [Fact]
    public void Windows_1252_sample_decodes_its_accented_characters()
    {
        var path = Path.Combine(RepositoryPaths.TmxSamples, "okapi/applications/integration-tests/src/test/resources/gold/tmxtest-attributes.out.tmx");

        var document = new TmxReader().ReadFile(path);

        var text = string.Concat(document.Units.SelectMany(u => u.Variants).Select(v => v.Text));
        Assert.DoesNotContain('\uFFFD', text);
        Assert.Contains(text, c => c > '\u007F');
    }

    /// <summary>Verdict per sample path relative to the samples folder: true when the validator found it valid.</summary>
    private static Dictionary<string, bool> Verdicts()
    {
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (list, folder) in new[] { ("VALIDATION.tsv", "omegat"), ("VALIDATION.okapi.tsv", "okapi") })
        {
            foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.TmxSamples, list)).Skip(1))
            {
                var fields = line.Split('\t');
                if (fields.Length < 4)
                {
                    continue;
                }

                var valid = fields[1] == "yes"
                    && !fields[2].Contains("INVALID", StringComparison.Ordinal)
                    && !fields[3].Contains("INVALID", StringComparison.Ordinal);
                verdicts[folder + "/" + fields[0].TrimStart('.', '/')] = valid;
            }
        }

        return verdicts;
    }

    private static (int Units, int Variants) CountUnitsAndVariants(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        int units = 0, variants = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                units += reader.LocalName == "tu" ? 1 : 0;
                variants += reader.LocalName == "tuv" ? 1 : 0;
            }
        }

        return (units, variants);
    }
}
