namespace Workbench.Core.Lexicon;

/// <summary>
/// Known phrases (Japanese forms of a lexicon) with the integer keys each stands for, found as substrings of a
/// sentence. The forms are kept in one character array in ordinal order, so the forms that start with a prefix are
/// a contiguous range: scanning from a position narrows that range one character at a time and stops when it is
/// empty. Building it sorts once and allocates a handful of arrays — no string per prefix, no list per form — which
/// is what lets a 100,000-form dictionary be ready in milliseconds at start-up.
/// </summary>
/// <remarks>
/// Keys are reported as a hash-based matcher that indexes every proper prefix would report them: by start position,
/// then by form length, each form's keys in the order they were first added.
/// </remarks>
internal sealed class SortedPhraseTable
{
    /// <summary>log2 of <see cref="pairFilter"/>'s bits: 2^18 bits against the bundled lexicon's 25,188 two-character prefixes leaves 9% of the bits set.</summary>
    private const int PairFilterBits = 18;

    private readonly char[] chars;
    private readonly int[] formStarts;
    private readonly int[] keyStarts;
    private readonly int[] keys;

    /// <summary>
    /// The forms that start with character c are [firstCharStarts[c], firstCharStarts[c + 1]): a sentence position
    /// starts with its character's range (empty at most positions, one array read) instead of binary-searching the
    /// whole table for it. One pass over the sorted forms fills it at construction.
    /// </summary>
    private readonly int[] firstCharStarts;

    /// <summary>
    /// The two-character prefixes, in form order: the forms starting with character c and then
    /// <c>secondChars[p]</c> begin at <c>pairStarts[p]</c> (and end where the next prefix or c's range does), for p in
    /// [pairsByFirst[c], pairsByFirst[c + 1]). A position's second character is looked up among the few second
    /// characters its first one is followed by, instead of binary-searching its first character's forms twice.
    /// </summary>
    private readonly int[] pairsByFirst;

    private readonly char[] secondChars;
    private readonly int[] pairStarts;

    /// <summary>
    /// One bit per hash slot of the two-character prefixes (<see cref="PairSlot"/>), set for every prefix of the table.
    /// Most positions of a Japanese sentence start a form's first character but no form's first two (on the 40k
    /// benchmark document 813,000 of 1,465,000 positions with the bundled lexicon), and a clear bit — one read in 32 KB
    /// that stays in cache — ends them without the range look-up and the binary search among second characters. A set
    /// bit may be another pair's: the exact look-up decides.
    /// </summary>
    private readonly ulong[] pairFilter = new ulong[1 << (PairFilterBits - 6)];
    private readonly int longestForm;

    private SortedPhraseTable(char[] chars, int[] formStarts, int[] keyStarts, int[] keys)
    {
        this.chars = chars;
        this.formStarts = formStarts;
        this.keyStarts = keyStarts;
        this.keys = keys;
        firstCharStarts = new int[char.MaxValue + 2];
        var next = 0;
        for (var form = 0; form < Count; form++)
        {
            var first = chars[formStarts[form]];
            while (next <= first)
            {
                firstCharStarts[next++] = form;
            }

            longestForm = Math.Max(longestForm, FormLength(form));
        }

        while (next < firstCharStarts.Length)
        {
            firstCharStarts[next++] = Count;
        }

        var seconds = new List<char>();
        var starts = new List<int>();
        pairsByFirst = new int[char.MaxValue + 2];
        next = 0;
        for (var form = 0; form < Count; form++)
        {
            if (FormLength(form) < 2)
            {
                continue;
            }

            var (first, second) = (chars[formStarts[form]], chars[formStarts[form] + 1]);
            var previous = starts.Count == 0 ? -1 : starts[^1];
            if (previous >= 0 && chars[formStarts[previous]] == first && chars[formStarts[previous] + 1] == second)
            {
                continue;
            }

            while (next <= first)
            {
                pairsByFirst[next++] = starts.Count;
            }

            seconds.Add(second);
            starts.Add(form);
            var slot = PairSlot(first, second);
            pairFilter[slot >> 6] |= 1UL << slot;
        }

        while (next < pairsByFirst.Length)
        {
            pairsByFirst[next++] = starts.Count;
        }

        secondChars = [.. seconds];
        pairStarts = [.. starts];
    }

    public static SortedPhraseTable Empty { get; } = new([], [0], [0], []);

    /// <summary>Number of distinct forms.</summary>
    public int Count => formStarts.Length - 1;

    /// <summary>Adds the keys of every form found in <paramref name="sentence"/> to <paramref name="found"/>.</summary>
    public void Match(string sentence, List<int> found)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(found);
        for (var start = 0; start < sentence.Length; start++)
        {
            // [low, high): the forms that start with sentence[start .. start + length - 1].
            var first = sentence[start];
            var low = firstCharStarts[first];
            var high = firstCharStarts[first + 1];
            if (low == high)
            {
                continue;
            }

            var maxLength = Math.Min(longestForm, sentence.Length - start);
            for (var length = 1; ; length++)
            {
                // A form equal to the prefix sorts before every longer form that extends it.
                if (FormLength(low) == length)
                {
                    for (var k = keyStarts[low]; k < keyStarts[low + 1]; k++)
                    {
                        found.Add(keys[k]);
                    }
                }

                if (length == maxLength)
                {
                    break;
                }

                var next = sentence[start + length];
                if (length == 1)
                {
                    var slot = PairSlot(first, next);
                    if ((pairFilter[slot >> 6] & (1UL << slot)) == 0)
                    {
                        break;
                    }

                    (low, high) = PairRange(first, next);
                    if (low == high)
                    {
                        break;
                    }
                }
                else
                {
                    // Most scans end here: no form continues with next. The first form at or after it says so, and the
                    // end of the range is looked for only when it does continue (ranges this deep are short: gallop).
                    low = FirstAtLeast(low, high, length, next);
                    if (low == high || CharAt(low, length) != next)
                    {
                        break;
                    }

                    high = FirstAbove(low, high, length, next);
                }
            }
        }
    }

    /// <summary>
    /// The forms of both tables, in order: a form of both keeps <paramref name="first"/>'s keys, then
    /// <paramref name="second"/>'s; <paramref name="second"/>'s keys are shifted by <paramref name="secondKeyOffset"/>.
    /// With the first table built from the glossary and the second precomputed from a lexicon with lexicon-local keys, this
    /// is the table a <see cref="Builder"/> given the glossary's pairs and then the lexicon's would build, as long as the
    /// first table's keys are below the offset (a form's repeated key counts once, and the two never share one).
    /// </summary>
    public static SortedPhraseTable Merge(SortedPhraseTable first, SortedPhraseTable second, int secondKeyOffset)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count == 0 && secondKeyOffset == 0)
        {
            return second;
        }

        var chars = new char[first.chars.Length + second.chars.Length];
        var formStarts = new List<int>(first.Count + second.Count + 1) { 0 };
        var keyStarts = new List<int>(first.Count + second.Count + 1) { 0 };
        var keys = new int[first.keys.Length + second.keys.Length];
        var charCount = 0;
        var keyCount = 0;
        var (a, b) = (0, 0);
        while (a < first.Count || b < second.Count)
        {
            var order = a == first.Count ? 1 : b == second.Count ? -1 : first.Form(a).SequenceCompareTo(second.Form(b));
            var form = order <= 0 ? first.Form(a) : second.Form(b);
            form.CopyTo(chars.AsSpan(charCount));
            charCount += form.Length;
            if (order <= 0)
            {
                var firstKeys = first.FormKeys(a++);
                firstKeys.CopyTo(keys.AsSpan(keyCount));
                keyCount += firstKeys.Length;
            }

            if (order >= 0)
            {
                foreach (var key in second.FormKeys(b++))
                {
                    keys[keyCount++] = key + secondKeyOffset;
                }
            }

            formStarts.Add(charCount);
            keyStarts.Add(keyCount);
        }

        return new SortedPhraseTable(chars[..charCount], [.. formStarts], [.. keyStarts], keys[..keyCount]);
    }

    /// <summary>Writes the table in the layout <see cref="Read"/> reads: counts, then int32 and UTF-16 arrays, little-endian.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Count);
        writer.Write(chars.Length);
        writer.Write(keys.Length);
        LittleEndianArrays.Write(writer, formStarts);
        LittleEndianArrays.Write(writer, keyStarts);
        LittleEndianArrays.Write(writer, keys);
        LittleEndianArrays.Write(writer, chars);
    }

    /// <summary>Reads a table <see cref="Write"/> wrote: each array is read straight into place, nothing is sorted or hashed.</summary>
    public static SortedPhraseTable Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var counts = LittleEndianArrays.ReadInts(stream, 3);
        if (counts[0] < 0 || counts[1] < 0 || counts[2] < 0)
        {
            throw new InvalidDataException("phrase table: negative count");
        }

        var formStarts = LittleEndianArrays.ReadInts(stream, counts[0] + 1);
        var keyStarts = LittleEndianArrays.ReadInts(stream, counts[0] + 1);
        var keys = LittleEndianArrays.ReadInts(stream, counts[2]);
        var chars = LittleEndianArrays.ReadChars(stream, counts[1]);
        if (!AreStarts(formStarts, chars.Length, strictly: true) || !AreStarts(keyStarts, keys.Length, strictly: false))
        {
            throw new InvalidDataException("phrase table: form or key starts out of order");
        }

        return counts[0] == 0 ? Empty : new SortedPhraseTable(chars, formStarts, keyStarts, keys);
    }

    /// <summary>Whether <paramref name="starts"/> run from 0 to <paramref name="end"/> in order (strictly: no empty item).</summary>
    internal static bool AreStarts(int[] starts, int end, bool strictly)
    {
        if (starts[0] != 0 || starts[^1] != end)
        {
            return false;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1] || (strictly && starts[i] == starts[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    private ReadOnlySpan<char> Form(int form) => chars.AsSpan(formStarts[form], FormLength(form));

    private ReadOnlySpan<int> FormKeys(int form) => keys.AsSpan(keyStarts[form], keyStarts[form + 1] - keyStarts[form]);

    private int FormLength(int form) => formStarts[form + 1] - formStarts[form];

    /// <summary>The bit of <see cref="pairFilter"/> for a two-character prefix: a multiplicative hash's top bits.</summary>
    internal static int PairSlot(char first, char second) => (int)((((uint)first << 16) | second) * 0x9E3779B1u >> (32 - PairFilterBits));

    /// <summary>The forms that start with <paramref name="first"/> then <paramref name="second"/>, empty if none.</summary>
    private (int Low, int High) PairRange(char first, char second)
    {
        var (low, high) = (pairsByFirst[first], pairsByFirst[first + 1]);
        var end = high;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (secondChars[middle] < second)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        if (low == end || secondChars[low] != second)
        {
            return (0, 0);
        }

        return (pairStarts[low], low + 1 < end ? pairStarts[low + 1] : firstCharStarts[first + 1]);
    }

    /// <summary>
    /// The first form in [low, high) whose character at <paramref name="position"/> is at least
    /// <paramref name="value"/>; the forms of the range share their first <paramref name="position"/> characters, and a
    /// form that ends there counts as smaller than any character.
    /// </summary>
    private int FirstAtLeast(int low, int high, int position, int value)
    {
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var at = formStarts[middle] + position;
            var character = at < formStarts[middle + 1] ? chars[at] : -1;
            if (character < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The character of <paramref name="form"/> at <paramref name="position"/>, or -1 if the form ends before it.</summary>
    private int CharAt(int form, int position)
    {
        var at = formStarts[form] + position;
        return at < formStarts[form + 1] ? chars[at] : -1;
    }

    /// <summary>
    /// The first form after <paramref name="low"/> in [low, high) whose character at <paramref name="position"/> is above
    /// <paramref name="value"/>, given that <paramref name="low"/>'s is <paramref name="value"/>: galloping from
    /// <paramref name="low"/> (1, 2, 4, … forms on), then a binary search within the last step, so a range of a few forms
    /// costs a few reads however large the enclosing one is.
    /// </summary>
    private int FirstAbove(int low, int high, int position, int value)
    {
        var step = 1;
        while (low + step < high && CharAt(low + step, position) <= value)
        {
            low += step;
            step <<= 1;
        }

        return FirstAtLeast(low + 1, Math.Min(low + step, high), position, value + 1);
    }

    /// <summary>Collects (form, key) pairs in order; a form's repeated key counts once.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, int> formIds = new(StringComparer.Ordinal);
        private readonly List<string> forms = [];
        private readonly List<int> pairForms = [];
        private readonly List<int> pairKeys = [];

        public void Add(string form, int key) => Add(FormId(form), key);

        /// <summary>The builder's id of <paramref name="form"/>, for callers that add one form under many keys.</summary>
        public int FormId(string form)
        {
            ArgumentException.ThrowIfNullOrEmpty(form);
            if (!formIds.TryGetValue(form, out var id))
            {
                id = forms.Count;
                formIds.Add(form, id);
                forms.Add(form);
            }

            return id;
        }

        public void Add(int formId, int key)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(formId);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(formId, forms.Count);
            pairForms.Add(formId);
            pairKeys.Add(key);
        }

        public SortedPhraseTable Build()
        {
            if (forms.Count == 0)
            {
                return Empty;
            }

            var order = new int[forms.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) => string.CompareOrdinal(forms[a], forms[b]));
            var rank = new int[forms.Count];
            var formStarts = new int[forms.Count + 1];
            for (var r = 0; r < order.Length; r++)
            {
                rank[order[r]] = r;
                formStarts[r + 1] = formStarts[r] + forms[order[r]].Length;
            }

            var chars = new char[formStarts[^1]];
            for (var r = 0; r < order.Length; r++)
            {
                forms[order[r]].CopyTo(0, chars, formStarts[r], forms[order[r]].Length);
            }

            // Counting sort of the pairs by form rank, stable, so each form's keys keep the order they came in.
            var slots = new int[forms.Count + 1];
            foreach (var form in pairForms)
            {
                slots[rank[form] + 1]++;
            }

            for (var r = 0; r < forms.Count; r++)
            {
                slots[r + 1] += slots[r];
            }

            var grouped = new int[pairKeys.Count];
            var next = (int[])slots.Clone();
            for (var p = 0; p < pairKeys.Count; p++)
            {
                grouped[next[rank[pairForms[p]]]++] = pairKeys[p];
            }

            var keyStarts = new int[forms.Count + 1];
            var kept = 0;
            for (var r = 0; r < forms.Count; r++)
            {
                keyStarts[r] = kept;
                for (var p = slots[r]; p < slots[r + 1]; p++)
                {
                    if (Array.IndexOf(grouped, grouped[p], keyStarts[r], kept - keyStarts[r]) < 0)
                    {
                        grouped[kept++] = grouped[p];
                    }
                }
            }

            keyStarts[forms.Count] = kept;
            return new SortedPhraseTable(chars, formStarts, keyStarts, grouped[..kept]);
        }
    }
}
