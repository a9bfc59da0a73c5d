using System.Diagnostics;

namespace Workbench.Cli.Tests;

/// <summary>Starts the real <c>workbench</c> executable (the built workbench.dll) as a child process.</summary>
internal static class WorkbenchProcess
{
    public static string DllPath => typeof(WorkbenchCli).Assembly.Location;

    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start workbench");
    }
}
