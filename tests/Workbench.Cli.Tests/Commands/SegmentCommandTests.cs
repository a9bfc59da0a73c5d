using System.Text;
using Workbench.Cli;

namespace Workbench.Cli.Tests.Commands;

public sealed class SegmentCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("workbench-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Prints_one_sentence_per_line()
    {
        var file = Write("article.txt", "Title\nMr. Smith went to the U.S. Capitol. He voted.\n");

        var (exitCode, stdout, stderr) = Run("segment", "--lang", "en", file);

        Assert.Equal(0, exitCode);
        Assert.Equal("Title\nMr. Smith went to the U.S. Capitol.\nHe voted.\n", stdout.ReplaceLineEndings("\n"));
        Assert.Empty(stderr);
    }

    [Fact]
    public void Segments_japanese_from_shift_jis_html()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Path.Combine(directory, "ja.html");
        File.WriteAllBytes(file, Encoding.GetEncoding("shift_jis").GetBytes("<p>「疑問が山積みだ。」と述べた。次の文。</p>"));

        var (exitCode, stdout, _) = Run("segment", "--lang", "ja", file);

        Assert.Equal(0, exitCode);
        Assert.Equal("「疑問が山積みだ。」と述べた。\n次の文。\n", stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Uses_the_rules_of_an_srx_file()
    {
        var rules = Write("rules.srx", """
            <srx xmlns="http://www.lisa.org/srx20" version="2.0">
              <header segmentsubflows="yes" cascade="no"/>
              <body>
                <languagerules>
                  <languagerule languagerulename="Semicolons">
                    <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\s</afterbreak></rule>
                  </languagerule>
                </languagerules>
                <maprules><languagemap languagepattern="EN.*" languagerulename="Semicolons"/></maprules>
              </body>
            </srx>
            """);
        var file = Write("article.txt", "One; two. Three");

        var (exitCode, stdout, _) = Run("segment", "--lang", "en", "--srx", rules, file);

        Assert.Equal(0, exitCode);
        Assert.Equal("One;\ntwo. Three\n", stdout.ReplaceLineEndings("\n"));
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { "missing.txt", "file not found" },
        { "empty.txt", "the file is empty" },
        { "binary.txt", "an executable (ELF): save the article as text or HTML first" },
        { "undecodable.txt", "undecodable bytes" },
        { "long.txt", "line 1 is longer than" },
        { "subdirectory", "is a directory" },
        { "nothing.html", "no paragraphs of text found" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_2_with_one_line_naming_the_file(string name, string problem)
    {
        var path = Path.Combine(directory, name);
        CreateBadInput(name, path);

        var (exitCode, stdout, stderr) = Run("segment", "--lang", "en", path);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        var line = Assert.Single(stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"workbench: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_srx_file_exits_2()
    {
        var rules = Write("rules.srx", "<srx version=\"2.0\">");

        var (exitCode, _, stderr) = Run("segment", "--lang", "en", "--srx", rules, Write("a.txt", "Text."));

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"workbench: {rules}: not well-formed XML", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_exits_2() =>
        Assert.Equal(2, Run("segment", "--lang", "de", Write("a.txt", "Text.")).ExitCode);

    private static void CreateBadInput(string name, string path)
    {
        switch (name)
        {
            case "empty.txt":
                File.WriteAllBytes(path, []);
                break;
            case "binary.txt":
                File.WriteAllBytes(path, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]);
                break;
            case "undecodable.txt":
                File.WriteAllBytes(path, [0x41, 0x81, 0x20, 0xFF, 0xFF]);
                break;
            case "long.txt":
                File.WriteAllBytes(path, Encoding.ASCII.GetBytes(new string('x', 10 * 1024 * 1024)));
                break;
            case "subdirectory":
                Directory.CreateDirectory(path);
                break;
            case "nothing.html":
                File.WriteAllText(path, "<html><nav><p>Menu</p></nav></html>");
                break;
            default:
                break;
        }
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = WorkbenchCli.Run(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
