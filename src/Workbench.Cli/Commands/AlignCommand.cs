using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench align --en FILE --ja FILE</c>: aligns two files and prints the beads, without a database.</summary>
internal static class AlignCommand
{
    public static Command Create(CommandContextFactory contexts)
    {
        var english = new Option<string>("--en") { Description = "The English original", Required = true };
        var japanese = new Option<string>("--ja") { Description = "The Japanese translation", Required = true };
        var presegmented = new Option<bool>("--presegmented") { Description = "Every input line is one segment" };
        var format = new Option<string>("--format") { Description = "links, tsv or json", DefaultValueFactory = _ => "links" };
        format.AcceptOnlyFromAmong("links", "tsv", "json");
        var lexicon = new Option<string?>("--lexicon") { Description = AlignerFactory.LexiconOptionDescription };
        var command = new Command("align", "Align an English file with its Japanese translation and print the beads")
        {
            english, japanese, presegmented, format, lexicon,
        };
        var sources = new SourceReading();
        sources.AddTo(command);
        contexts.SetAction(command, (parsed, context) =>
        {
            // Presegmented input never segments, so it builds no source reader (the SRX rules load lazily anyway):
            // Workbench.Html.dll is then never loaded (issue 12).
            var presegmentedInput = parsed.GetValue(presegmented);
            var segmenter = presegmentedInput ? null : sources.Segmenter(parsed);
            // Both sides at once, the Japanese one on the thread pool: read line by line, neither holds a buffer of
            // its whole file any more (reading both at once with whole-file buffers cost ≈ 0.1 s more CPU and 30 MB
            // more peak memory). The English side's error, if any, is still the one reported.
            // The aligner is made beside the reading too, so its lexicon index is built while the files are read; it
            // is waited for after them, so a file's error is still reported before the lexicon's.
            var japanesePath = parsed.GetValue(japanese)!;
            var lexiconPath = parsed.GetValue(lexicon);
            var japaneseSide = Task.Run(() => Read(segmenter, japanesePath, Language.Japanese));
            var alignerSide = Task.Run(() => AlignerFactory.Create(lexiconPath, []));
            var en = Read(segmenter, parsed.GetValue(english)!, Language.English);
            var ja = japaneseSide.GetAwaiter().GetResult();
            var beads = alignerSide.GetAwaiter().GetResult().Align(en, ja);
            switch (parsed.GetValue(format))
            {
                case "tsv":
                    WriteTsv(context.Out, beads, en, ja);
                    break;
                case "json":
                    WriteJson(context.Out, beads, en, ja);
                    break;
                default:
                    context.Out.Write(AlignmentLinks.Format(beads));
                    break;
            }

            return 0;
        });
        return command;
    }

    /// <summary>The file's segments: its lines without a segmenter (<c>--presegmented</c>), else the segmenter's sentences.</summary>
    private static IReadOnlyList<string> Read(DocumentSegmenter? segmenter, string path, Language language) =>
        segmenter is null
            ? AlignerFactory.ReadPresegmented(path)
            : segmenter.SegmentFile(path, language).Select(s => s.Text).ToList();

    private static void WriteTsv(TextWriter output, IReadOnlyList<Bead> beads, IReadOnlyList<string> en, IReadOnlyList<string> ja)
    {
        var rows = new ChunkedOutput(output);
        rows.WriteLine("en_ids\tja_ids\tconfidence\tenglish\tjapanese");
        foreach (var bead in beads)
        {
            // The two id columns are the bead's link notation with a tab for its colon (ids hold no other colon).
            var idsStart = rows.Line.Length;
            bead.AppendLinkNotation(rows.Line).Replace(':', '\t', idsStart, rows.Line.Length - idsStart).Append('\t')
                .Append(bead.Confidence.ToString("0.0000", CultureInfo.InvariantCulture)).Append('\t')
                .Append(Join(en, bead.EnStart, bead.EnCount)).Append('\t')
                .Append(Join(ja, bead.JaStart, bead.JaCount));
            rows.EndLine();
        }

        rows.Flush();
    }

    /// <summary>In a method of its own, with the contract in a class of its own: the links and tsv formats then never
    /// load System.Text.Json nor build the contract (issue 12).</summary>
    private static void WriteJson(TextWriter output, IReadOnlyList<Bead> beads, IReadOnlyList<string> en, IReadOnlyList<string> ja) =>
        output.WriteLine(JsonSerializer.Serialize(beads.Select(b => ToJson(b, en, ja)), JsonOutput.Context.IEnumerableBeadJson));

    private static BeadJson ToJson(Bead bead, IReadOnlyList<string> en, IReadOnlyList<string> ja) =>
        new(
            Ids(bead.EnStart, bead.EnCount),
            Ids(bead.JaStart, bead.JaCount),
            bead.Confidence,
            Join(en, bead.EnStart, bead.EnCount),
            Join(ja, bead.JaStart, bead.JaCount));

    /// <summary>The texts of a bead's side on one line (tabs and line breaks would break the TSV).</summary>
    private static string Join(IReadOnlyList<string> segments, int start, int count)
    {
        // A loop, not string.Join over Enumerable.Range: a ReadyToRun build compiled those at run time.
        string joined;
        if (count == 1)
        {
            joined = segments[start].Trim();
        }
        else
        {
            var text = new StringBuilder();
            for (var i = start; i < start + count; i++)
            {
                if (i > start)
                {
                    text.Append(' ');
                }

                text.Append(segments[i].AsSpan().Trim());
            }

            joined = text.ToString();
        }

        return joined.Replace('\t', ' ').ReplaceLineEndings(" ");
    }

    private static int[] Ids(int start, int count)
    {
        var ids = new int[count];
        for (var k = 0; k < count; k++)
        {
            ids[k] = start + k;
        }

        return ids;
    }

    /// <summary>The JSON contract, generated at build time: reflection over <see cref="BeadJson"/> at run time cost
    /// a 40,000-sentence align ≈ 0.3 s of CPU (issue 12).</summary>
    private static class JsonOutput
    {
        public static readonly AlignJsonContext Context = new(new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        });
    }

    internal sealed record BeadJson(IReadOnlyList<int> En, IReadOnlyList<int> Ja, double Confidence, string English, string Japanese);
}

[JsonSerializable(typeof(IEnumerable<AlignCommand.BeadJson>))]
internal sealed partial class AlignJsonContext : JsonSerializerContext;
