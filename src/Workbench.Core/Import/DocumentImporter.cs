using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Segmentation;
using Workbench.Core.Storage;

namespace Workbench.Core.Import;

/// <summary>
/// Reads, segments and aligns the files of an import. Everything that can fail on bad input happens here, before
/// the store is touched, so a failed import never writes anything. The two sides are read and segmented at once, and
/// the search keys of every segment are computed beside the aligner (<see cref="AlignForStore"/>): neither depends on
/// the other side or on the alignment.
/// </summary>
public sealed class DocumentImporter(DocumentSegmenter segmenter, IAligner aligner, TimeProvider clock)
{
    /// <summary>Reads, segments and aligns in one step.</summary>
    public NewDocument Prepare(ImportRequest request) => Align(Read(segmenter, request));

    /// <summary>
    /// Reads and segments the files of an import without aligning them: a caller that must open the store before it
    /// can build its aligner (the glossary lives there) reads first, so a bad input fails before any store exists.
    /// </summary>
    public static ImportSources Read(DocumentSegmenter segmenter, ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(request);
        if (request.EnglishPath is null && request.JapanesePath is null)
        {
            throw new WorkbenchInputException("nothing to import: give --en FILE, --ja FILE or both");
        }

        if (request.Name is not null && string.IsNullOrWhiteSpace(request.Name))
        {
            throw new WorkbenchInputException("the document name must not be empty");
        }

        var (english, japanese) = Both(
            () => ReadFile(segmenter, request.EnglishPath, Language.English),
            () => ReadFile(segmenter, request.JapanesePath, Language.Japanese));
        var name = request.Name
            ?? DocumentNames.FromTitle(english.Metadata.Title)
            ?? DocumentNames.FromTitle(japanese.Metadata.Title)
            ?? DefaultName(request.EnglishPath, request.JapanesePath);
        return new ImportSources(name, request, english, japanese);
    }

    /// <summary>Aligns sources already read; only the aligner can fail here.</summary>
    public NewDocument Align(ImportSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var english = sources.English.Segments;
        var japanese = sources.Japanese.Segments;
        var beads = aligner.Align(english.Select(s => s.Text).ToList(), japanese.Select(s => s.Text).ToList());
        var now = clock.GetUtcNow();
        return Unaligned(sources) with { Links = beads.Select(bead => new AlignmentLink(bead, LinkStatus.Auto, now)).ToList() };
    }

    /// <summary>The document of sources already read, without links: what <see cref="ITranslationMemory.BeginImport"/> takes.</summary>
    public static NewDocument Unaligned(ImportSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new NewDocument(sources.Name, sources.Request.EnglishPath, sources.Request.JapanesePath, sources.English.Segments, sources.Japanese.Segments, [])
        {
            EnglishMetadata = sources.English.Metadata,
            JapaneseMetadata = sources.Japanese.Metadata,
        };
    }

    /// <summary>
    /// Stores sources already read into <paramref name="memory"/>: begins the store's import first, so it can write the
    /// document and its segments while the aligner runs (<see cref="ITranslationMemory.BeginImport"/>), aligns with the
    /// search keys computed beside (<see cref="AlignForStore"/>), and completes the import with the links. A clash of
    /// names fails before the alignment; when the aligner fails, the import is disposed and the store is as it was.
    /// Returns the document's id.
    /// </summary>
    public long Import(ImportSources sources, ITranslationMemory memory, bool replace)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(memory);
        using var import = memory.BeginImport(Unaligned(sources), replace);
        var aligned = AlignForStore(sources);
        return import.Complete(aligned.Document.Links, aligned.SearchKeys);
    }

    /// <summary>
    /// Aligns sources already read, computing the search keys of every segment on other threads meanwhile, and
    /// assembles the keys of each link from them (only sides of several segments are computed after the alignment):
    /// what <see cref="ITranslationMemory.ImportDocument(NewDocument, bool, IReadOnlyList{LinkSearchKeys})"/> stores.
    /// </summary>
    public AlignedImport AlignForStore(ImportSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var english = sources.English.Segments;
        var japanese = sources.Japanese.Segments;
        // One thread for both sides, outside the thread pool, whose threads the aligner's parallel loops use: the keys
        // of the 40,000-sentence pair are ≈ 0.1 s of CPU a side, a fraction of the aligner's ≈ 0.8 s, so a second
        // thread would only add one more to share the two cores with the aligner.
        var segmentKeys = OnOwnThread(() => (LinkSearchKeys.OfSegments(english, Language.English), LinkSearchKeys.OfSegments(japanese, Language.Japanese)));
        NewDocument document;
        try
        {
            document = Align(sources);
        }
        catch
        {
            // The aligner's failure is the one to report; the key thread ends first (its own failure is moot).
            Task.WaitAny(segmentKeys);
            throw;
        }

        var (englishKeys, japaneseKeys) = segmentKeys.GetAwaiter().GetResult();
        return new AlignedImport(document, LinkSearchKeys.OfLinks(english, japanese, document.Links, englishKeys, japaneseKeys));
    }

    private static Task<T> OnOwnThread<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// Runs <paramref name="second"/> on the thread pool while <paramref name="first"/> runs here, and waits for both.
    /// A failure of the first is reported before one of the second, as if they had run one after the other.
    /// </summary>
    private static (TFirst, TSecond) Both<TFirst, TSecond>(Func<TFirst> first, Func<TSecond> second)
    {
        var running = Task.Run(second);
        TFirst result;
        try
        {
            result = first();
        }
        catch
        {
            Task.WaitAny(running);
            throw;
        }

        return (result, running.GetAwaiter().GetResult());
    }

    private static SegmentedDocument ReadFile(DocumentSegmenter segmenter, string? path, Language language) =>
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
