using System.ComponentModel;
using System.Diagnostics;

namespace Workbench.Core.Tests.Support;

/// <summary>
/// External programs that judge our TMX: xmllint validates against the TMX 1.4 DTD, translate-toolkit parses it.
/// Debian's translate-toolkit (3.8) ships no tmx2po, so its TMX reader (storage/tmx.py) is driven through pocount,
/// which reports how many units it understood. A missing program fails the test; it never skips.
/// </summary>
internal static class TmxReferees
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>Fails unless <paramref name="path"/> is valid against ../shared/tmx/schemas/omegat/tmx14.dtd.</summary>
    public static void AssertValidAgainstTmxDtd(string path)
    {
        Assert.True(File.Exists(RepositoryPaths.TmxDtd), $"TMX DTD missing at {RepositoryPaths.TmxDtd}");
        var (exitCode, output, errors) = Run("xmllint", "libxml2-utils", "--noout", "--dtdvalid", RepositoryPaths.TmxDtd, path);
        Assert.True(exitCode == 0, $"xmllint rejects {path} (exit {exitCode}): {errors}{output}");
    }

    /// <summary>Fails unless <paramref name="path"/> is valid TBX 2 against OmegaT's schema ../shared/tmx/schemas/omegat/tbx.xsd.</summary>
    public static void AssertValidAgainstTbxSchema(string path)
    {
        var schema = Path.Combine(RepositoryPaths.Shared, "tmx", "schemas", "omegat", "tbx.xsd");
        Assert.True(File.Exists(schema), $"TBX schema missing at {schema}");
        var (exitCode, output, errors) = Run("xmllint", "libxml2-utils", "--noout", "--schema", schema, path);
        Assert.True(exitCode == 0, $"xmllint rejects {path} against tbx.xsd (exit {exitCode}): {errors}{output}");
    }

    /// <summary>Fails unless translate-toolkit parses <paramref name="path"/> without error into
    /// <paramref name="expectedUnits"/> units.</summary>
    public static void AssertTranslateToolkitReads(string path, long expectedUnits)
    {
        var (exitCode, output, errors) = Run("pocount", "translate-toolkit", "--csv", path);
        Assert.True(exitCode == 0 && !errors.Contains("ERROR", StringComparison.Ordinal), $"translate-toolkit cannot read {path}: {errors}");
        var row = output.Split('\n').FirstOrDefault(line => line.StartsWith(path + ",", StringComparison.Ordinal));
        Assert.True(row is not null, $"translate-toolkit read no units from {path}: {output}{errors}");
        const int totalMessagesColumn = 8;
        var total = long.Parse(row.Split(',')[totalMessagesColumn].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedUnits, total);
    }

    private static (int ExitCode, string Output, string Errors) Run(string program, string debianPackage, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        }
        catch (Win32Exception error)
        {
            Assert.Fail($"{program} is not installed (Debian package {debianPackage}; .ci/run installs it): {error.Message}");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} did not finish within {Timeout}");
            }

            return (process.ExitCode, output.Result, errors.Result);
        }
    }
}
