using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Import;
using Workbench.Core.Search;
using Workbench.Core.Segmentation;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Import;

/// <summary>The import pipeline: both sides read at once, search keys computed beside the aligner.</summary>
public sealed class DocumentImporterTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    [Fact]
    public void Reading_both_sides_at_once_segments_each_as_reading_it_alone()
    {
        var en = folder.Write("en.txt", "Deterrence is credible. Allies agree.\n\nIn 2024 NATO spent 3 billion dollars. Mr. Brewer said so.\n"u8.ToArray());
        var ja = folder.Write("ja.txt", "抑止は信頼できる。同盟国は同意する。\n\n２０２４年、NATOは30億ドルを費やした。ブリューワー氏はそう述べた。\n"u8.ToArray());

        var read = DocumentImporter.Read(DocumentSegmenter.Default, new ImportRequest("doc", en, ja));

        Assert.Equal(DocumentSegmenter.Default.ReadFile(en, Language.English).Segments, read.English.Segments);
        Assert.Equal(DocumentSegmenter.Default.ReadFile(ja, Language.Japanese).Segments, read.Japanese.Segments);
        Assert.Equal(4, read.English.Segments.Count);
    }

    [Fact]
    public void When_both_sides_are_unreadable_the_english_error_is_the_one_reported()
    {
        var error = Assert.Throws<WorkbenchInputException>(() =>
            DocumentImporter.Read(DocumentSegmenter.Default, new ImportRequest("doc", folder.PathOf("missing-en.txt"), folder.PathOf("missing-ja.txt"))));

        Assert.Contains("missing-en.txt", error.Message, StringComparison.Ordinal);
        var japanese = Assert.Throws<WorkbenchInputException>(() =>
            DocumentImporter.Read(DocumentSegmenter.Default, new ImportRequest("doc", folder.Write("en.txt", "Fine."u8.ToArray()), folder.PathOf("missing-ja.txt"))));
        Assert.Contains("missing-ja.txt", japanese.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_computed_beside_the_aligner_are_the_keys_of_each_links_joined_text()
    {
        var en = folder.Write("en.txt", "Deterrence is credible. Allies agree. They say so.\n\nAn aside nobody translated. In 2024 NATO spent 3 billion dollars.\n"u8.ToArray());
        var ja = folder.Write("ja.txt", "抑止は信頼できる。同盟国は同意し、そう述べる。\n\n訳注。２０２４年、NATOは30億ドルを費やした。\n"u8.ToArray());
        var read = DocumentImporter.Read(DocumentSegmenter.Default, new ImportRequest("doc", en, ja));
        var importer = new DocumentImporter(DocumentSegmenter.Default, new SentenceAligner(), TimeProvider.System);

        var aligned = importer.AlignForStore(read);

        Assert.Equal(importer.Align(read).Links.Select(l => l.Bead), aligned.Document.Links.Select(l => l.Bead));
        Assert.Equal(aligned.Document.Links.Count, aligned.SearchKeys.Count);
        Assert.Contains(aligned.Document.Links, l => l.Bead.EnCount > 1 || l.Bead.JaCount > 1);
        var pair = 0;
        for (var i = 0; i < aligned.Document.Links.Count; i++)
        {
            var bead = aligned.Document.Links[i].Bead;
            var keys = aligned.SearchKeys[i];
            if (bead.EnCount == 0 || bead.JaCount == 0)
            {
                Assert.Null(keys);
                continue;
            }

            var english = string.Join(' ', read.English.Segments.Skip(bead.EnStart).Take(bead.EnCount).Select(s => s.Text));
            var japanese = string.Concat(read.Japanese.Segments.Skip(bead.JaStart).Take(bead.JaCount).Select(s => s.Text));
            Assert.Equal(SideSearchKeys.Of(english, Language.English), keys!.English);
            Assert.Equal(SideSearchKeys.Of(japanese, Language.Japanese), keys.Japanese);
            pair++;
        }

        Assert.True(pair >= 2);
    }

    public void Dispose() => folder.Dispose();
}
