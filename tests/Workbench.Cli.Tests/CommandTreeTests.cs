namespace Workbench.Cli.Tests;

/// <summary>A run builds only the command its first argument names (issue 12): the names it looks up must be the commands' own.</summary>
public sealed class CommandTreeTests
{
    [Fact]
    public void Help_lists_every_command_and_each_is_found_by_the_name_it_is_looked_up_by()
    {
        var help = CliRun.Invoke("--help");
        var listed = help.Output.ReplaceLineEndings("\n").Split("Commands:\n")[1].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Trim().Split(' ')[0])
            .ToList();

        Assert.Equal(0, help.ExitCode);
        Assert.Equal(WorkbenchCli.CommandNames, listed);
        foreach (var name in WorkbenchCli.CommandNames)
        {
            var run = CliRun.Invoke(name, "--help");
            Assert.True(run.ExitCode == 0, $"{name} --help: {run.Error}");
            // The usage line names the command after the executable (workbench, or the test host in process).
            Assert.Matches($@"Usage:\s+\S+ {name} ", run.Output);
        }
    }

    [Fact]
    public void Global_options_before_the_command_and_unknown_commands_still_parse_against_the_whole_tree()
    {
        var unknown = CliRun.Invoke("allign", "--en", "a", "--ja", "b");
        var globalFirst = CliRun.Invoke("--db", Path.Combine(Path.GetTempPath(), $"wb-{Guid.NewGuid():N}.db"), "lexicon", "--help");

        Assert.Equal(WorkbenchCli.InputErrorExitCode, unknown.ExitCode);
        Assert.Contains("allign", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(0, globalFirst.ExitCode);
        Assert.Contains("compile", globalFirst.Output, StringComparison.Ordinal);
    }
}
