namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// What the aligner knows about each sentence of a document: its length, its sentence ends, and the sorted keys of
/// its evidence (numbers, Latin tokens, transliterations, lexicon words...). Two sentences share evidence when
/// they share keys; each key has a weight.
/// </summary>
internal sealed class DocumentEvidence
{
    public required int[][] EnglishKeys { get; init; }

    public required int[][] JapaneseKeys { get; init; }

    public required List<double> Weights { get; init; }

    public required int[] EnglishLengths { get; init; }

    public required int[] JapaneseLengths { get; init; }

    /// <summary>How many sentences each English line holds (a line may glue several together).</summary>
    public required int[] EnglishSentences { get; init; }

    public required int[] JapaneseSentences { get; init; }

    /// <summary>Each English line's place in the article's structure: prose, fragment (headline, caption) or credit.</summary>
    public required LineKind[] EnglishKinds { get; init; }

    public required LineKind[] JapaneseKinds { get; init; }

    /// <summary>Whether each English line starts with a heading glued to its first sentence (<see cref="GluedHeading"/>).</summary>
    public required bool[] EnglishGluedHeadings { get; init; }

    /// <summary>Share of the lines of both sides that hold more than one sentence.</summary>
    public required double GluedLineFraction { get; init; }

    /// <summary>Whether the last English line stops mid-sentence, as a partial original often does.</summary>
    public required bool EnglishEndsUnfinished { get; init; }

    /// <summary>English content-word stems per sentence, the candidates of the induced lexicon.</summary>
    public required SentenceStems EnglishStems { get; init; }

    public required string[] JapaneseTexts { get; init; }

    public int EnglishCount => EnglishKeys.Length;

    public int JapaneseCount => JapaneseKeys.Length;

    /// <summary>Total weight of the keys English sentence <paramref name="en"/> and Japanese sentence <paramref name="ja"/> share.</summary>
    public double Shared(int en, int ja)
    {
        var a = EnglishKeys[en];
        var b = JapaneseKeys[ja];
        double total = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                total += Weights[a[i]];
                i++;
                j++;
            }
        }

        return total;
    }
}
