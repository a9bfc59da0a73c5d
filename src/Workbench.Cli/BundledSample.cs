using Workbench.Core;

namespace Workbench.Cli;

/// <summary>
/// The sample text shipped in the repository's <c>tm/sample/</c> folder and the project glossary, found from the
/// working directory or the executable.
/// </summary>
internal sealed record BundledSample(string RootFolder, string EnglishPath, string JapanesePath)
{
    public string GlossaryFolder => Path.Combine(RootFolder, "glossary");

    public static BundledSample Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var english = Path.Combine(folder.FullName, "tm", "sample", "en.txt");
                var japanese = Path.Combine(folder.FullName, "tm", "sample", "ja.txt");
                if (File.Exists(english) && File.Exists(japanese))
                {
                    return new BundledSample(folder.FullName, english, japanese);
                }
            }
        }

        throw new WorkbenchInputException("cannot find the bundled sample tm/sample/en.txt and tm/sample/ja.txt; run demo from the repository");
    }
}
