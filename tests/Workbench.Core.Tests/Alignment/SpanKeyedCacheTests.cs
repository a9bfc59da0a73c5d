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
}
