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

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new WorkbenchInputException("the document name must not be empty");
        }

        var english = request.EnglishPath is null ? [] : segmenter.SegmentFile(request.EnglishPath, Language.English);
        var japanese = request.JapanesePath is null ? [] : segmenter.SegmentFile(request.JapanesePath, Language.Japanese);
        var beads = aligner.Align(english.Select(s => s.Text).ToList(), japanese.Select(s => s.Text).ToList());
        var now = clock.GetUtcNow();
        var links = beads.Select(bead => new AlignmentLink(bead, LinkStatus.Auto, now)).ToList();
        return new NewDocument(request.Name, request.EnglishPath, request.JapanesePath, english, japanese, links);
    }

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
