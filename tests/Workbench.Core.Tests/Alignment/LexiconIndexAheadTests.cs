using Workbench.Core.Alignment;
using Workbench.Core.Lexicon;

namespace Workbench.Core.Tests.Alignment;

/// <summary>
/// The aligner starts building its lexicon index on the thread pool when it is made, so the build overlaps with the
/// caller's reading of the input; a build that fails still fails every Align, with the lexicon's own exception.
/// </summary>
public sealed class LexiconIndexAheadTests
{
    private static readonly string[] English = ["The alliance met in Brussels.", "Deterrence was the subject.", "Ministers agreed."];
    private static readonly string[] Japanese = ["同盟はブリュッセルで会合した。", "抑止が議題だった。", "閣僚は合意した。"];

    [Fact]
    public void The_index_is_built_without_waiting_for_the_first_align()
    {
        using var read = new ManualResetEventSlim();
        var lexicon = new WatchedLexicon(() => read.Set());
        var aligner = new SentenceAligner(AlignerOptions.Default, lexicon);

        Assert.True(read.Wait(TimeSpan.FromSeconds(60)), "the lexicon was not read before the first Align");
        Assert.Equal(1, lexicon.Reads);
        Assert.Equal(aligner.Align(English, Japanese), aligner.Align(English, Japanese));
        Assert.Equal(1, lexicon.Reads);
    }

    [Fact]
    public void A_failing_lexicon_fails_every_align_with_its_own_exception_not_the_constructor()
    {
        var lexicon = new WatchedLexicon(() => throw new WorkbenchInputException("lexicon.tsv: line 3: no tab"));
        var aligner = new SentenceAligner(AlignerOptions.Default, lexicon);

        for (var call = 0; call < 2; call++)
        {
            var error = Assert.Throws<WorkbenchInputException>(() => aligner.Align(English, Japanese));
            Assert.Equal("lexicon.tsv: line 3: no tab", error.Message);
        }

        Assert.Throws<ArgumentNullException>(() => aligner.Align(null!, Japanese));
    }

    [Fact]
    public void Aligns_started_at_once_share_one_index_and_agree()
    {
        var entries = new[] { new LexiconEntry("alliance", "同盟"), new LexiconEntry("deterrence", "抑止"), new LexiconEntry("minister", "閣僚") };
        var expected = new SentenceAligner(AlignerOptions.Default, new BilingualLexicon(entries)).Align(English, Japanese);
        var lexicon = new WatchedLexicon(() => { }, entries);
        var aligner = new SentenceAligner(AlignerOptions.Default, lexicon);

        var results = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ => aligner.Align(English, Japanese)).ToList();

        Assert.All(results, beads => Assert.Equal(expected, beads));
        Assert.Equal(1, lexicon.Reads);
    }

    /// <summary>A lexicon that counts the reads of its entries and runs <paramref name="onRead"/> on each.</summary>
    private sealed class WatchedLexicon(Action onRead, IReadOnlyList<LexiconEntry>? entries = null) : ILexicon
    {
        private int reads;

        public int Reads => Volatile.Read(ref reads);

        public IReadOnlyList<LexiconEntry> Entries
        {
            get
            {
                Interlocked.Increment(ref reads);
                onRead();
                return entries ?? [new LexiconEntry("alliance", "同盟")];
            }
        }
    }
}
