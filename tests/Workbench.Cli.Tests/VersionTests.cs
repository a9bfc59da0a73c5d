using System.Reflection;

namespace Workbench.Cli.Tests;

public sealed class VersionTests
{
    private static string InformationalVersion =>
        typeof(WorkbenchCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    [Fact]
    public void Version_alone_prints_the_informational_version_and_exits_zero()
    {
        var run = CliRun.Invoke("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(InformationalVersion + Environment.NewLine, run.Output);
        Assert.StartsWith("0.", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Version_with_other_arguments_is_still_a_usage_error()
    {
        var run = CliRun.Invoke("--version", "--db", "x.db");

        Assert.Equal(WorkbenchCli.InputErrorExitCode, run.ExitCode);
        Assert.Contains("--version", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }
}
