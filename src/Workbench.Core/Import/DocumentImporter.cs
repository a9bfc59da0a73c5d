using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;

namespace Workbench.Core.Import;

/// <summary>
/// Reads, segments and aligns the files of an import. Everything that can fail on bad input happens here, before
/// the store is touched, so a failed import never writes anything.
/// </summary>
public sealed class DocumentImporter(DocumentSegmenter segmenter, IAligner aligner, TimeProvider clock)
{
    public NewDocument Prepare(ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.EnglishPath is null && request.JapanesePath is null)
        {
            throw new WorkbenchInputException("nothing to import: give --en FILE, --ja FILE or both");
        }

        if (request.Name is not null && string.IsNullOrWhiteSpace(request.Name))
        {
            throw new WorkbenchInputException("the document name must not be empty");
        }

        var englishSource = Read(request.EnglishPath, Language.English);
        var japaneseSource = Read(request.JapanesePath, Language.Japanese);
        var english = englishSource.Segments;
        var japanese = japaneseSource.Segments;
        var name = request.Name
            ?? DocumentNames.FromTitle(englishSource.Metadata.Title)
            ?? DocumentNames.FromTitle(japaneseSource.Metadata.Title)
            ?? DefaultName(request.EnglishPath, request.JapanesePath);
        var beads = aligner.Align(english.Select(s => s.Text).ToList(), japanese.Select(s => s.Text).ToList());
        var now = clock.GetUtcNow();
        var links = beads.Select(bead => new AlignmentLink(bead, LinkStatus.Auto, now)).ToList();
        return new NewDocument(name, request.EnglishPath, request.JapanesePath, english, japanese, links)
        {
            EnglishMetadata = englishSource.Metadata,
            JapaneseMetadata = japaneseSource.Metadata,
        };
    }

    private SegmentedDocument Read(string? path, Language language) =>
        path is null ? new SegmentedDocument([], SourceMetadata.Empty) : segmenter.ReadFile(path, language);

    /// <summary>
    /// The name a document gets when the user gives none: the file name without extension, or the folder name when
    /// the file is only called after its language (<c>articles/some-slug/ja.txt</c> → <c>some-slug</c>).
    /// </summary>
    public static string DefaultName(string? englishPath, string? japanesePath)
    {
        var path = japanesePath ?? englishPath ?? throw new WorkbenchInputException("nothing to import: give --en FILE, --ja FILE or both");
        var stem = Path.GetFileNameWithoutExtension(path);
        if (LanguageCodes.TryParse(stem, out _))
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
            if (!string.IsNullOrEmpty(folder))
            {
                return folder;
            }
        }

        return stem;
    }
}
