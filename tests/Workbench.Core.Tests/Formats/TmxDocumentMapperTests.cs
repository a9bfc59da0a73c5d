using System.Text;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tmx;

namespace Workbench.Core.Tests.Formats;

public sealed class TmxDocumentMapperTests
{
    private static readonly DateTimeOffset ImportedAt = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Units_go_to_their_x_document_with_their_x_status_and_the_rest_to_the_default_document()
    {
        var tmx = Read("""
            <tmx version="1.4"><header srclang="en-US"/><body>
            <tu><prop type="x-document">b</prop><prop type="x-status">auto</prop><tuv xml:lang="en"><seg>B one.</seg></tuv><tuv xml:lang="ja"><seg>B一。</seg></tuv></tu>
            <tu><prop type="x-document">a</prop><prop type="x-status">confirmed</prop><tuv xml:lang="en"><seg>A one.</seg></tuv><tuv xml:lang="ja"><seg>A一。</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Loose.</seg></tuv><tuv xml:lang="ja"><seg>ばら。</seg></tuv></tu>
            <tu><prop type="x-document">b</prop><prop type="x-status">rejected</prop><tuv xml:lang="en"><seg>B two.</seg></tuv><tuv xml:lang="ja"><seg>B二。</seg></tuv></tu>
            </body></tmx>
            """);

        var plans = TmxDocumentMapper.ToNewDocuments(tmx, "file", "memory.tmx", ImportedAt);

        Assert.Equal(["b", "a", "file"], plans.Select(p => p.Document.Name));
        Assert.Equal(["B one.", "B two."], plans[0].Document.English.Select(s => s.Text));
        Assert.Equal([LinkStatus.Auto, LinkStatus.Rejected], plans[0].Document.Links.Select(l => l.Status));
        Assert.Equal([LinkStatus.Confirmed], plans[1].Document.Links.Select(l => l.Status));
        Assert.Equal([LinkStatus.Confirmed], plans[2].Document.Links.Select(l => l.Status));
        Assert.Equal(2, plans[0].Unconfirmed);
    }

    [Fact]
    public void Pairs_become_confirmed_one_to_one_links_and_one_sided_units_null_beads()
    {
        var tmx = Read("""
            <tmx version="1.4"><header srclang="en-US"/><body>
            <tu changedate="20240101T000000Z"><prop type="x-confidence">0.42</prop><tuv xml:lang="en-US"><seg>Pair one.</seg></tuv><tuv xml:lang="ja-JP"><seg>対一。</seg></tuv></tu>
            <tu><tuv xml:lang="en-US"><seg>English only.</seg></tuv><tuv xml:lang="fr"><seg>Anglais.</seg></tuv></tu>
            <tu><tuv xml:lang="de"><seg>Weder noch.</seg></tuv><tuv xml:lang="fr"><seg>Ni l'un.</seg></tuv></tu>
            <tu><tuv xml:lang="ja"><seg>日本語のみ。</seg></tuv><tuv xml:lang="en"><seg></seg></tuv></tu>
            <tu><prop type="x-confidence">not a number</prop><tuv xml:lang="EN"><seg>Pair two.</seg></tuv><tuv xml:lang="JA"><seg>対二。</seg></tuv></tu>
            </body></tmx>
            """);

        var plan = TmxDocumentMapper.ToNewDocument(tmx, "imported", "memory.tmx", ImportedAt);

        Assert.Equal((2, 1, 1, 1), (plan.Pairs, plan.EnglishOnly, plan.JapaneseOnly, plan.Skipped));
        var document = plan.Document;
        Assert.Equal("imported", document.Name);
        Assert.Equal(["Pair one.", "English only.", "Pair two."], document.English.Select(s => s.Text));
        Assert.Equal(["対一。", "日本語のみ。", "対二。"], document.Japanese.Select(s => s.Text));
        Assert.Equal([0, 1, 2], document.English.Select(s => s.Index));
        Assert.Equal(["[0]:[0]", "[1]:[]", "[]:[1]", "[2]:[2]"], document.Links.Select(l => l.Bead.ToLinkNotation()));
        Assert.All(document.Links, l => Assert.Equal(LinkStatus.Confirmed, l.Status));
        Assert.Equal([0.42, 1.0, 1.0, 1.0], document.Links.Select(l => l.Bead.Confidence));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), document.Links[0].UpdatedAt);
        Assert.Equal(ImportedAt, document.Links[1].UpdatedAt);
        Assert.Equal([2, 3, 6], document.English.Select(s => s.SourceLine));
    }

    private static TmxDocument Read(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return new TmxReader().Read(stream, "memory.tmx");
    }
}
