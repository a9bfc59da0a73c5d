using System.Text;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tsv;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Formats;

public sealed class TsvWriterTests
{
    [Fact]
    public void Writes_a_header_and_two_columns_per_non_null_bead()
    {
        var pairs = new[]
        {
            Pairs.Make(["First.", "Second."], ["一。", "二。"]),
            Pairs.Make(["Null bead."], []),
            Pairs.Make("Third.", "三。", status: LinkStatus.Auto),
        };
        using var stream = new MemoryStream();

        var result = new TsvWriter("en", "ja_jp").Write(pairs, stream);

        Assert.Equal((2, 1), (result.UnitsWritten, result.NullBeadsSkipped));
        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("en\tja-JP\nFirst. Second.\t一。二。\nThird.\t三。\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Tabs_line_breaks_and_control_characters_inside_texts_become_spaces()
    {
        using var writer = new StringWriter();

        new TsvWriter().Write([Pairs.Make("A\tcell\r\nwith\nbreaks\u0001.", "タブ\t改行\n。")], writer);

        var lines = writer.ToString().Split('\n');
        Assert.Equal(["en-US\tja-JP", "A cell  with breaks .\tタブ 改行 。", string.Empty], lines);
        Assert.All(lines.Where(l => l.Length > 0), line => Assert.Equal(2, line.Split('\t').Length));
    }
}
