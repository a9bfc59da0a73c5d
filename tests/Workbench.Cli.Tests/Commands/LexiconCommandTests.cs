using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests.Commands;

public sealed class LexiconCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("workbench-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void The_documented_command_remakes_the_bundled_dictionary_and_its_aligner_index_byte_for_byte()
    {
        // The command in src/Workbench.Core/Lexicon/ATTRIBUTION.md, into a temporary folder.
        var dictionary = Path.Combine(directory, "jmdict_common.wbdic");
        var index = Path.Combine(directory, "jmdict_common.wbidx");
        var source = Path.Combine(RepositoryPaths.InShared(), "lexicon", "jmdict", "jmdict_common.tsv");

        var run = CliRun.Invoke("lexicon", "compile", "--out", dictionary, "--aligner-index", index, source);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{index}: aligner index", run.Output, StringComparison.Ordinal);
        var bundled = Path.Combine(RepositoryPaths.Root, "src", "Workbench.Core", "Lexicon");
        Assert.Equal(File.ReadAllBytes(Path.Combine(bundled, "jmdict_common.wbdic")), File.ReadAllBytes(dictionary));
        Assert.Equal(File.ReadAllBytes(Path.Combine(bundled, "jmdict_common.wbidx")), File.ReadAllBytes(index));
    }
}
