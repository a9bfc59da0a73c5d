using System.Xml;
using System.Xml.Linq;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tmx;

namespace Workbench.Core.Formats.Omegat;

/// <summary>
/// The parts of an OmegaT project (its <c>omegat.project</c> file) an export needs: where the translation memories
/// and glossaries go, and the project's language codes. OmegaT inserts exact matches from TMX files under
/// <c>tm/auto/</c> as translations and offers the other files under <c>tm/</c> as fuzzy matches only.
/// </summary>
/// <param name="Folder">The project folder (holding omegat.project).</param>
/// <param name="MemoryFolder">The project's tm folder (<c>tm_dir</c>).</param>
/// <param name="GlossaryFolder">The project's glossary folder (<c>glossary_dir</c>).</param>
/// <param name="SourceLanguage">The project's source language code, e.g. en-US.</param>
/// <param name="TargetLanguage">The project's target language code, e.g. ja-JP.</param>
public sealed record OmegatProject(string Folder, string MemoryFolder, string GlossaryFolder, string SourceLanguage, string TargetLanguage)
{
    public const string ProjectFileName = "omegat.project";

    /// <summary>OmegaT's marker for "the default location" in omegat.project.</summary>
    private const string DefaultMarker = "__DEFAULT__";

    /// <summary>The folder whose exact matches OmegaT inserts into the translation on its own.</summary>
    public string AutoMemoryFolder => Path.Combine(MemoryFolder, "auto");

    /// <summary>Reads <c>omegat.project</c> in <paramref name="folder"/>; throws <see cref="WorkbenchInputException"/>
    /// when there is none, it is unreadable, or the project does not translate English into Japanese.</summary>
    public static OmegatProject Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var file = Path.Combine(folder, ProjectFileName);
        if (!File.Exists(file))
        {
            throw new WorkbenchInputException(
                $"{folder}: not an OmegaT project (no {ProjectFileName}); create the project in OmegaT first, then export into its folder");
        }

        XElement project;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(file, settings);
            project = XDocument.Load(reader).Root?.Element("project")
                ?? throw new WorkbenchInputException($"{file}: no <project> element");
        }
        catch (XmlException error)
        {
            throw new WorkbenchInputException($"{file}:{error.LineNumber}: not well-formed XML");
        }

        var source = (string?)project.Element("source_lang") ?? string.Empty;
        var target = (string?)project.Element("target_lang") ?? string.Empty;
        if (!TmxLanguageTag.TryMatch(source, out var sourceLanguage) || sourceLanguage != Language.English
            || !TmxLanguageTag.TryMatch(target, out var targetLanguage) || targetLanguage != Language.Japanese)
        {
            throw new WorkbenchInputException(
                $"{file}: the project translates '{source}' into '{target}'; Workbench memories are English into Japanese");
        }

        return new OmegatProject(
            folder,
            FolderSetting(project, "tm_dir", folder, "tm"),
            FolderSetting(project, "glossary_dir", folder, "glossary"),
            source,
            target);
    }

    private static string FolderSetting(XElement project, string name, string folder, string defaultName)
    {
        var value = ((string?)project.Element(name))?.Trim();
        return string.IsNullOrEmpty(value) || value == DefaultMarker
            ? Path.Combine(folder, defaultName)
            : Path.Combine(folder, value);
    }
}
