using Workbench.Core.Alignment;
using Workbench.Core.Documents;

namespace Workbench.Core.Formats.Tmx;

/// <summary>
/// Paragraph-level memory units: one pair per English paragraph whose sentences are all aligned and confirmed,
/// English sentences joined with a space and Japanese ones with nothing. A CAT tool that segments a paragraph
/// differently from Workbench (OmegaT splits after "U.S.", keeps "territory.”" whole) finds no exact sentence match,
/// but can still match the paragraph, or re-segment it with its own rules. A paragraph with an unaligned English
/// sentence, an unconfirmed or rejected link, or a link reaching into another paragraph is left out: its text would
/// not be the paragraph's translation. One-sentence paragraphs are left out too: the sentence unit already has them.
/// </summary>
public static class ParagraphUnits
{
    /// <param name="pairs">Every link of the documents in position order, null beads and all statuses included.</param>
    public static IEnumerable<AlignedPair> From(IEnumerable<AlignedPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var run = new List<AlignedPair>();
        var clean = true;
        (string Document, int Paragraph)? current = null;
        (string Document, int Paragraph)? spannedUpTo = null;
        foreach (var pair in pairs)
        {
            var paragraphs = pair.English.Select(s => s.Paragraph).Distinct().ToList();
            var key = paragraphs.Count == 0 ? current : (pair.Document, paragraphs[0]);
            if (key != current || pair.Document != current?.Document)
            {
                if (Emit(run, clean) is { } unit)
                {
                    yield return unit;
                }

                run.Clear();
                current = key ?? (pair.Document, -1);
                // A paragraph whose first sentence was linked into the previous paragraph's bead is incomplete.
                clean = spannedUpTo is not { } spanned || spanned.Document != current.Value.Document || spanned.Paragraph < current.Value.Paragraph;
            }

            run.Add(pair);
            if (paragraphs.Count > 1)
            {
                spannedUpTo = (pair.Document, paragraphs.Max());
            }

            clean &= paragraphs.Count <= 1 && pair.Link.Status == LinkStatus.Confirmed && pair.Japanese.Count > 0;
        }

        if (Emit(run, clean) is { } last)
        {
            yield return last;
        }
    }

    private static AlignedPair? Emit(List<AlignedPair> run, bool clean)
    {
        if (!clean || run.Count(p => p.English.Count > 0) < 2)
        {
            return null;
        }

        var first = run[0];
        var english = run.SelectMany(p => p.English).ToList();
        var japanese = run.SelectMany(p => p.Japanese).ToList();
        var bead = new Bead(english[0].Index, english.Count, japanese[0].Index, japanese.Count, run.Min(p => p.Link.Bead.Confidence));
        var link = new AlignmentLink(bead, LinkStatus.Confirmed, run.Max(p => p.Link.UpdatedAt));
        return new AlignedPair(first.Document, link, english, japanese);
    }
}
