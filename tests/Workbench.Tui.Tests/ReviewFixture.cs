using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Storage;
using Workbench.Core.Review;

namespace Workbench.Tui.Tests;

/// <summary>A document in an in-memory SQLite translation memory, and review sessions over it.</summary>
internal sealed class ReviewFixture : IDisposable
{
    public static readonly string[] English =
    [
        "Deterrence depends on credibility.",
        "Allies doubt the American promise.",
        "A photo caption.",
        "NATO must adapt its nuclear posture.",
    ];

    public static readonly string[] Japanese =
    [
        "抑止は信頼性にかかっている。",
        "同盟国は米国の約束を疑っている。",
        "その疑念は深い。",
        "訳者による注記。",
        "NATOは核態勢を適応させねばならない。",
    ];

    private readonly List<ReviewHarness> harnesses = [];

    private ReviewFixture(SqliteTranslationMemory memory, DocumentSummary document)
    {
        Memory = memory;
        Document = document;
    }

    public SqliteTranslationMemory Memory { get; }

    public DocumentSummary Document { get; }

    /// <summary>Five beads: 1-1 (0.9), 1-2 (0.4), 1-0 (0.3), 0-1 (0.2), 1-1 (0.95).</summary>
    public static ReviewFixture Standard(params LinkStatus[] statuses) =>
        Create(English, Japanese, [(1, 1, 0.9), (1, 2, 0.4), (1, 0, 0.3), (0, 1, 0.2), (1, 1, 0.95)], statuses);

    public static ReviewFixture Create(
        IReadOnlyList<string> english,
        IReadOnlyList<string> japanese,
        IReadOnlyList<(int En, int Ja, double Confidence)> shapes,
        IReadOnlyList<LinkStatus>? statuses = null,
        SqliteTranslationMemory? memory = null,
        string name = "nato")
    {
        memory ??= SqliteTranslationMemory.OpenInMemory();
        var links = new List<AlignmentLink>();
        int en = 0, ja = 0;
        for (var i = 0; i < shapes.Count; i++)
        {
            var (enCount, jaCount, confidence) = shapes[i];
            var status = statuses is not null && i < statuses.Count ? statuses[i] : LinkStatus.Auto;
            links.Add(new AlignmentLink(new Bead(en, enCount, ja, jaCount, confidence), status, DateTimeOffset.UnixEpoch));
            en += enCount;
            ja += jaCount;
        }

        memory.ImportDocument(
            new NewDocument(
                name,
                null,
                null,
                english.Select((text, i) => new Segment(i, 0, i + 1, text)).ToList(),
                japanese.Select((text, i) => new Segment(i, 0, i + 1, text)).ToList(),
                links),
            replace: false);
        return new ReviewFixture(memory, memory.FindDocument(name)!);
    }

    public static ReviewFixture Large(int beads)
    {
        var english = Enumerable.Range(0, beads).Select(i => $"Sentence {i} about extended deterrence and the credibility of allies.").ToList();
        var japanese = Enumerable.Range(0, beads).Select(i => $"第{i}文は拡大抑止と同盟国の信頼性について述べる。").ToList();
        return Create(english, japanese, Enumerable.Repeat((1, 1, 0.55), beads).ToList());
    }

    public ReviewSession NewSession(IAligner? aligner = null) =>
        new(Memory, aligner ?? new DiagonalAligner(), Memory.FindDocument(Document.Name)!, ReviewOptions.Default, TimeProvider.System);

    /// <summary>The review window over a new session, headless, at <paramref name="width"/>×<paramref name="height"/>.</summary>
    public ReviewHarness Session(
        IAligner? aligner = null,
        int width = 80,
        int height = 24,
        ITermIssueSource? issues = null,
        ITermClusterSource? clusters = null,
        Func<string, string>? reviewCommand = null)
    {
        var harness = new ReviewHarness(NewSession(aligner), width, height, issues, clusters, reviewCommand);
        harnesses.Add(harness);
        return harness;
    }

    /// <summary>The shapes of the session's beads, and asserts they tile the document and match the store.</summary>
    public string Shapes(ReviewHarness harness)
    {
        var session = harness.Session;
        var local = session.Links.Select(l => l.Bead).ToList();
        BeadSequence.Validate(local, session.English.Count, session.Japanese.Count);
        var stored = Memory.GetLinks(Document.Id);
        Assert.Equal(
            stored.Select(l => (l.Bead.EnStart, l.Bead.EnCount, l.Bead.JaStart, l.Bead.JaCount, l.Status)),
            session.Links.Select(l => (l.Bead.EnStart, l.Bead.EnCount, l.Bead.JaStart, l.Bead.JaCount, l.Status)));
        return string.Join(' ', local.Select(BeadChain.Shape));
    }

    public void Dispose()
    {
        foreach (var harness in harnesses)
        {
            harness.Dispose();
        }

        Memory.Dispose();
    }
}
