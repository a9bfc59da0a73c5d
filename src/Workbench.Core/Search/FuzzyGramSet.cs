using System.Text;
using Workbench.Core.Documents;

namespace Workbench.Core.Search;

/// <summary>
/// The distinct fuzzy grams of one side (<see cref="FuzzyKeys"/>), built unit by unit in first-seen order without a
/// string per gram: the grams stand one after another in one character buffer, separated by spaces (the index's
/// form), and a small open-addressing set over their places in that buffer says whether a gram came before. One set
/// per thread is reused from side to side (<see cref="ForThisThread"/>).
/// </summary>
internal sealed class FuzzyGramSet
{
    [ThreadStatic]
    private static FuzzyGramSet? perThread;

    private char[] chars = new char[256];
    private int length;
    private int[] gramStarts = new int[32];
    private int[] gramLengths = new int[32];
    private int[] gramSlots = new int[32];
    private int count;

    // Gram index + 1 per slot, 0 when the slot is free; kept under half full. Emptied gram by gram (gramSlots), so a
    // table grown by one long side costs nothing to the short sides after it.
    private int[] slots = new int[64];

    private bool english;
    private char[] previous = new char[8];
    private int previousLength = -1;

    /// <summary>This thread's set, emptied for a side in <paramref name="language"/>.</summary>
    public static FuzzyGramSet ForThisThread(Language language)
    {
        var set = perThread ??= new FuzzyGramSet();
        set.Reset(language);
        return set;
    }

    /// <summary>
    /// Takes the side's next unit, as <see cref="MatchUnits"/> splits it: an English word gives its loose form without
    /// apostrophes, a Japanese character the bigram it ends with the character before it (numbers break bigrams,
    /// punctuation is left out); a gram counts only when made wholly of letters and digits.
    /// </summary>
    public void Add(ReadOnlySpan<char> unit, MatchUnitKind kind)
    {
        if (kind == MatchUnitKind.Punctuation)
        {
            return;
        }

        if (english)
        {
            if (kind == MatchUnitKind.Word)
            {
                Reserve(unit.Length);
                var gram = chars.AsSpan(length, unit.Length);
                MatchUnit.WriteLoose(unit, kind, gram);
                var kept = 0;
                foreach (var c in gram)
                {
                    if (c is not ('\'' or '’'))
                    {
                        gram[kept++] = c;
                    }
                }

                Offer(kept);
            }

            return;
        }

        if (kind != MatchUnitKind.Word)
        {
            previousLength = -1;
            return;
        }

        // The bigram is written at the end of the buffer: the character before (kept loose in `previous`), then this
        // one's loose form, which is kept in turn for the next bigram.
        var before = Math.Max(previousLength, 0);
        Reserve(before + unit.Length);
        previous.AsSpan(0, before).CopyTo(chars.AsSpan(length));
        var written = MatchUnit.WriteLoose(unit, kind, chars.AsSpan(length + before));
        if (previous.Length < written)
        {
            previous = new char[written * 2];
        }

        chars.AsSpan(length + before, written).CopyTo(previous);
        if (previousLength >= 0)
        {
            Offer(previousLength + written);
        }

        previousLength = written;
    }

    /// <summary>The grams joined by spaces, as the index stores them.</summary>
    public string IndexText() => count == 0 ? string.Empty : new string(chars, 0, length - 1);

    /// <summary>The grams one by one.</summary>
    public IReadOnlyList<string> Grams()
    {
        var grams = new string[count];
        for (var i = 0; i < count; i++)
        {
            grams[i] = new string(chars, gramStarts[i], gramLengths[i]);
        }

        return grams;
    }

    private void Reset(Language language)
    {
        english = language == Language.English;
        previousLength = -1;
        length = 0;
        for (var i = 0; i < count; i++)
        {
            slots[gramSlots[i]] = 0;
        }

        count = 0;
    }

    // Room for a gram of up to gramLength characters and the space after it.
    private void Reserve(int gramLength)
    {
        if (length + gramLength + 1 > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, length + gramLength + 1));
        }
    }

    // The gram written at the end of the buffer: kept (with a space after it) when it is a gram not seen before.
    private void Offer(int gramLength)
    {
        var gram = chars.AsSpan(length, gramLength);
        if (!IsGram(gram))
        {
            return;
        }

        var hash = Hash(gram);
        var mask = slots.Length - 1;
        var slot = hash & mask;
        while (slots[slot] != 0)
        {
            var other = slots[slot] - 1;
            if (chars.AsSpan(gramStarts[other], gramLengths[other]).SequenceEqual(gram))
            {
                return;
            }

            slot = (slot + 1) & mask;
        }

        if (count == gramStarts.Length)
        {
            Array.Resize(ref gramStarts, count * 2);
            Array.Resize(ref gramLengths, count * 2);
            Array.Resize(ref gramSlots, count * 2);
        }

        gramStarts[count] = length;
        gramLengths[count] = gramLength;
        gramSlots[count] = slot;
        slots[slot] = ++count;
        length += gramLength;
        chars[length++] = ' ';
        if (count * 2 > slots.Length)
        {
            Grow();
        }
    }

    private void Grow()
    {
        slots = new int[slots.Length * 2];
        var mask = slots.Length - 1;
        for (var i = 0; i < count; i++)
        {
            var slot = Hash(chars.AsSpan(gramStarts[i], gramLengths[i])) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = i + 1;
            gramSlots[i] = slot;
        }
    }

    private static int Hash(ReadOnlySpan<char> gram)
    {
        var hash = 2166136261u;
        foreach (var c in gram)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private static bool IsGram(ReadOnlySpan<char> gram)
    {
        if (gram.IsEmpty)
        {
            return false;
        }

        foreach (var rune in gram.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune))
            {
                return false;
            }
        }

        return true;
    }
}
