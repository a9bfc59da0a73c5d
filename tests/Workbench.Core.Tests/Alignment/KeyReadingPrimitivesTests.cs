using System.Globalization;
using Workbench.Core.Alignment.Evidence;

namespace Workbench.Core.Tests.Alignment;

/// <summary>The small pieces the key readers are built on, each held to the plain computation it replaces.</summary>
public sealed class KeyReadingPrimitivesTests
{
    [Fact]
    public void Range_search_finds_what_a_character_by_character_scan_finds()
    {
        var random = new Random(12);
        char[] alphabet = ['a', 'Z', ' ', '0', '5', '9', '/', ':', '々', '\u3004', 'あ', '漢', 'ア', '\uffff', '\u0000'];
        (char Low, char High)[] ranges = [('0', '9'), ('\u3005', char.MaxValue), ('\u0000', 'a'), ('a', 'a')];
        for (var sample = 0; sample < 2_000; sample++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            foreach (var (low, high) in ranges)
            {
                for (var start = 0; start <= text.Length; start += 7)
                {
                    var span = text.AsSpan(start);
                    var expected = -1;
                    for (var i = 0; i < span.Length; i++)
                    {
                        if (span[i] >= low && span[i] <= high)
                        {
                            expected = i;
                            break;
                        }
                    }

                    Assert.Equal(expected, CharSearch.IndexOfInRange(span, low, high));
                }
            }
        }
    }

    [Fact]
    public void Range_search_finds_a_hit_in_every_lane_and_in_the_tail()
    {
        for (var length = 1; length <= 40; length++)
        {
            for (var at = 0; at < length; at++)
            {
                var text = new string('x', length).ToCharArray();
                text[at] = '7';
                if (at + 1 < length)
                {
                    text[at + 1] = '3';
                }

                Assert.Equal(at, CharSearch.IndexOfInRange(text, '0', '9'));
            }

            Assert.Equal(-1, CharSearch.IndexOfInRange(new string('x', length), '0', '9'));
        }
    }

    [Fact]
    public void Sentence_keys_sort_as_the_library_sorts_them()
    {
        var random = new Random(7);
        for (var sample = 0; sample < 3_000; sample++)
        {
            // Up to 120 keys crosses the insertion-sort limit; small ranges give duplicates; chunk-local ids are negative.
            var keys = Enumerable.Range(0, random.Next(0, 120)).Select(_ => random.Next(-40, sample % 2 == 0 ? 40 : 100_000)).ToArray();
            var expected = keys.ToArray();
            Array.Sort(expected);

            SentenceKeyReader.SortKeys(keys);

            Assert.Equal(expected, keys);
        }
    }

    [Theory]
    [InlineData("In 1420 he went")]
    [InlineData("0012 and 007")]
    [InlineData("123456789012345678 and 1234567890123456789 and 99999999999999999999")]
    [InlineData("1,500 people, 3.25 tons, 1.50 m and 2 million")]
    [InlineData("9 8 7 6 5 4 3 2 1 0")]
    public void English_numbers_read_as_the_decimal_parse_reads_them(string text)
    {
        var numbers = new NumberList();

        NumberExtractor.English(text, numbers);

        var expected = new List<decimal>();
        foreach (var word in text.Split(' ').Select(w => w.TrimEnd(',')).Where(w => w.Length > 0 && char.IsAsciiDigit(w[0])))
        {
            expected.Add(decimal.Parse(word.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
        }

        var read = numbers.ToArray();
        Assert.Equal(expected.Count + (text.Contains("million", StringComparison.Ordinal) ? 1 : 0), read.Length);
        for (var n = 0; n < expected.Count; n++)
        {
            // Same value and same scale: the key name is the formatted decimal, and 1.50 must stay 1.50 until formatted.
            Assert.Equal(decimal.GetBits(expected[n]), decimal.GetBits(read[n]));
        }
    }
}
