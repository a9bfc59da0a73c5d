using Workbench.Core.Alignment;

namespace Workbench.Core.Tests.Alignment;

internal static class BeadInvariants
{
    /// <summary>Every index of both sides exactly once, in order, no empty bead, confidence in [0, 1].</summary>
    public static void AssertValid(IReadOnlyList<Bead> beads, int englishCount, int japaneseCount)
    {
        int en = 0, ja = 0;
        foreach (var bead in beads)
        {
            Assert.False(bead.EnCount == 0 && bead.JaCount == 0, "empty bead");
            Assert.True(bead.EnCount >= 0 && bead.JaCount >= 0, $"negative count in {bead}");
            if (bead.EnCount > 0)
            {
                Assert.Equal(en, bead.EnStart);
                en = bead.EnEnd;
            }

            if (bead.JaCount > 0)
            {
                Assert.Equal(ja, bead.JaStart);
                ja = bead.JaEnd;
            }

            Assert.InRange(bead.Confidence, 0.0, 1.0);
        }

        Assert.Equal(englishCount, en);
        Assert.Equal(japaneseCount, ja);
    }
}
