using System.Globalization;
using System.Text;

namespace Workbench.Benchmarks;

/// <summary>
/// <c>batch-corpus DIR [DOCUMENTS]</c>: writes a generated corpus for <c>import --batch</c>: DOCUMENTS folders with an
/// <c>en.txt</c> and a <c>ja.txt</c> of 10–40 sentences each (fixed seed), a third of them with one sentence the
/// other side lacks.
/// </summary>
internal static class BatchCorpus
{
    public static void Write(TextWriter output, string folder, int documents)
    {
        var random = new Random(15);
        var sentences = 0;
        for (var d = 0; d < documents; d++)
        {
            var count = random.Next(10, 41);
            var english = new StringBuilder();
            var japanese = new StringBuilder();
            var omitted = d % 3 == 0 ? random.Next(count) : -1;
            for (var s = 0; s < count; s++)
            {
                english.Append(CultureInfo.InvariantCulture, $"In article {d}, point {s} holds that the alliance's deterrence depends on {s + 3} credible commitments.\n");
                if (s != omitted)
                {
                    japanese.Append(CultureInfo.InvariantCulture, $"記事{d}の論点{s}は、同盟の抑止が{s + 3}つの信頼できる約束にかかっていると述べる。\n");
                    sentences++;
                }

                sentences++;
            }

            var documentFolder = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"article-{d:D5}"));
            Directory.CreateDirectory(documentFolder);
            File.WriteAllText(Path.Combine(documentFolder, "en.txt"), english.ToString());
            File.WriteAllText(Path.Combine(documentFolder, "ja.txt"), japanese.ToString());
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {documents} document pairs ({sentences} sentences) under {folder}"));
    }
}
