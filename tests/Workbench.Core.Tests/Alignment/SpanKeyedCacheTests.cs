using Workbench.Core.Alignment.Readings;

namespace Workbench.Core.Tests.Alignment;

public sealed class SpanKeyedCacheTests
{
    [Fact]
    public void Every_added_word_is_found_by_its_span_after_the_table_grows()
    {
        var cache = new SpanKeyedCache<int>();
        var text = string.Join(' ', Enumerable.Range(0, 5_000).Select(n => $"w{n}"));
        var words = text.Split(' ');
        var offset = 0;
        foreach (var word in words)
        {
            var span = text.AsSpan(offset, word.Length);
            Assert.False(cache.TryGet(span, out _));
            cache.Add(span, word.Length * 10_000 + offset);
            offset += word.Length + 1;
        }

        offset = 0;
        foreach (var word in words)
        {
            Assert.True(cache.TryGet(word, out var value));
            Assert.Equal(word.Length * 10_000 + offset, value);
            offset += word.Length + 1;
        }

        Assert.False(cache.TryGet("w5000", out _));
        Assert.False(cache.TryGet("", out _));
    }

    [Fact]
    public void Agrees_with_a_dictionary_on_random_spans_of_a_text()
    {
        // Short words over a four-letter alphabet: many forms share a length and a slot, and most probes repeat a form.
        var random = new Random(12);
        var text = new string(Enumerable.Range(0, 200_000).Select(_ => "abc-"[random.Next(4)]).ToArray());
        var cache = new SpanKeyedCache<int>();
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var probe = 0; probe < 100_000; probe++)
        {
            var length = random.Next(0, probe % 50 == 0 ? 300 : 10);
            var start = random.Next(0, text.Length - length);
            var span = text.AsSpan(start, length);
            var expected = reference.TryGetValue(span.ToString(), out var value);
            Assert.Equal(expected, cache.TryGet(span, out var known));
            if (expected)
            {
                Assert.Equal(value, known);
            }
            else
            {
                reference.Add(span.ToString(), probe);
                cache.Add(span, probe);
            }
        }

        Assert.True(reference.Count > 10_000, $"only {reference.Count} distinct forms: the table never grew far");
        foreach (var (form, value) in reference)
        {
            Assert.True(cache.TryGet(form, out var known), form);
            Assert.Equal(value, known);
        }
    }

    [Fact]
    public void Forms_that_differ_only_in_length_or_a_late_character_stay_apart()
    {
        var cache = new SpanKeyedCache<string>();
        string[] forms = ["", "a", "aa", "aaa", new string('a', 5_000), new string('a', 4_999) + "b", "ab", "ba"];
        foreach (var form in forms)
        {
            Assert.False(cache.TryGet(form, out _), form);
            cache.Add(form, form);
        }

        foreach (var form in forms)
        {
            Assert.True(cache.TryGet(form, out var known));
            Assert.Equal(form, known);
        }

        Assert.False(cache.TryGet("aaaa", out _));
        Assert.False(cache.TryGet(new string('a', 4_999), out _));
    }
}
