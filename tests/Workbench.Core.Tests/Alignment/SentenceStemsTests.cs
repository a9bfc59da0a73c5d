using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Tests.Alignment;

public sealed class SentenceStemsTests
{
    [Fact]
    public void Each_sentence_reads_back_the_stems_written_for_it()
    {
        // Two writers (two chunks) fill alternate runs of sentences; the counts cross block boundaries, fill a block
        // exactly, leave sentences empty and exceed a whole block (5,000 stems) once.
        var random = new Random(5);
        const int sentences = 3_000;
        var written = new string[sentences][];
        var stems = new SentenceStems(sentences);
        var writers = new[] { new SentenceStems.Writer(stems), new SentenceStems.Writer(stems) };
        var buffer = new List<string>();
        for (var sentence = 0; sentence < sentences; sentence++)
        {
            var count = sentence == 1_234 ? 5_000 : sentence % 97 == 0 ? 0 : random.Next(1, 60);
            buffer.Clear();
            for (var k = 0; k < count; k++)
            {
                buffer.Add($"s{sentence}-{k}");
            }

            written[sentence] = [.. buffer];
            writers[sentence / 100 % 2].Write(sentence, buffer);
        }

        Assert.Equal(sentences, stems.Count);
        for (var sentence = 0; sentence < sentences; sentence++)
        {
            Assert.Equal(written[sentence], stems[sentence].ToArray());
        }
    }

    [Fact]
    public void A_sentence_never_written_has_no_stems() =>
        Assert.True(new SentenceStems(3)[1].IsEmpty);
}
