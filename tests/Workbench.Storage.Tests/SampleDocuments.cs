using Workbench.Core.Alignment;
using Workbench.Core.Documents;

namespace Workbench.Storage.Tests;

/// <summary>Small documents built in code for the storage tests.</summary>
internal static class SampleDocuments
{
    public static readonly DateTimeOffset ImportTime = new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero);

    /// <summary>Three English and four Japanese sentences aligned [0]:[0] [1]:[1,2] [2]:[] []:[3].</summary>
    public static NewDocument Create(string name = "nato") => new(
        name,
        "/articles/nato/en.txt",
        "/articles/nato/ja.txt",
        [
            new Segment(0, 0, 1, "NATO must restore nuclear credibility."),
            new Segment(1, 0, 1, "Extended deterrence is a promise."),
            new Segment(2, 1, 3, "A caption."),
        ],
        [
            new Segment(0, 0, 1, "NATOは核の信頼性を回復しなければならない。"),
            new Segment(1, 0, 1, "拡大抑止は約束である。"),
            new Segment(2, 0, 1, "それは守られねばならない。"),
            new Segment(3, 1, 3, "訳者の注。"),
        ],
        [
            Link(0, 1, 0, 1, 0.9),
            Link(1, 1, 1, 2, 0.7),
            Link(2, 1, 3, 0, 0.3),
            Link(3, 0, 3, 1, 0.2),
        ]);

    public static AlignmentLink Link(int enStart, int enCount, int jaStart, int jaCount, double confidence, LinkStatus status = LinkStatus.Auto) =>
        new(new Bead(enStart, enCount, jaStart, jaCount, confidence), status, ImportTime);
}
