using System.ComponentModel;
using System.Diagnostics;
using System.Xml.Linq;
using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests.Support;

/// <summary>
/// Debian's OmegaT 3.6 (package <c>omegat</c>) run headless in console mode: it translates a project from its
/// memories, and lists its own segmentation of the source files as a pseudo-translated memory. A missing OmegaT or
/// Java fails the test; it never skips.
/// </summary>
internal static class OmegatConsole
{
    public const string Jar = "/usr/share/omegat/OmegaT.jar";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The project file of that minimal project; .ci/aot-smoke.sh copies the same file.</summary>
    private static readonly string ProjectTemplate = Path.Combine(RepositoryPaths.Root, "tests", "Workbench.Cli.Tests", "Support", "omegat.project");

    /// <summary>A minimal en-US → ja-JP project with the folders OmegaT expects and one plain-text source file.</summary>
    public static string CreateProject(string folder, string sourceFileName, string sourceText)
    {
        foreach (var sub in new[] { "source", "target", "tm", "glossary", "omegat", "dictionary" })
        {
            Directory.CreateDirectory(Path.Combine(folder, sub));
        }

        File.WriteAllText(Path.Combine(folder, "source", sourceFileName), sourceText);
        File.Copy(ProjectTemplate, Path.Combine(folder, "omegat.project"));
        return folder;
    }

    /// <summary>Runs <c>--mode=console-translate</c>: target/ gets the source files with every segment OmegaT could
    /// fill from tm/auto/ translated.</summary>
    public static void Translate(string project) => Run(project, "--mode=console-translate");

    /// <summary>OmegaT's own source segments of the project, from <c>--mode=console-createpseudotranslatetmx</c>.</summary>
    public static IReadOnlyList<string> Segments(string project, string scratchTmx)
    {
        Run(project, "--mode=console-createpseudotranslatetmx", $"--pseudotranslatetmx={scratchTmx}", "--pseudotranslatetype=equal");
        return XDocument.Load(scratchTmx).Descendants("tu")
            .Select(tu => tu.Elements("tuv").First().Element("seg")!.Value)
            .ToList();
    }

    private static void Run(string project, params string[] arguments)
    {
        Assert.True(File.Exists(Jar), $"OmegaT is not installed ({Jar} missing; Debian package omegat, which .ci/run installs)");
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-Djava.awt.headless=true", "-jar", Jar, Path.GetFullPath(project) }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        }
        catch (Win32Exception error)
        {
            Assert.Fail($"java is not installed (Debian package default-jre-headless; .ci/run installs it): {error.Message}");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"OmegaT did not finish within {Timeout}");
            }

            var log = output.Result + errors.Result;
            Assert.True(
                process.ExitCode == 0 && log.Contains("Finished", StringComparison.Ordinal),
                $"OmegaT {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {Tail(log)}");
        }
    }

    private static string Tail(string log) => log.Length > 2000 ? log[^2000..] : log;
}
