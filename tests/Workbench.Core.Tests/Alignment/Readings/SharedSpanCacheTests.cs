using Workbench.Core.Alignment.Readings;

namespace Workbench.Core.Tests.Alignment.Readings;

public sealed class SharedSpanCacheTests
{
    [Fact]
    public void Threads_adding_the_same_keys_at_once_agree_on_one_value_and_one_string_per_key()
    {
        // Four threads add 2,000 overlapping keys each, in different orders, every value naming its thread: each key
        // must end with exactly one value, the one every thread got back from its own Add or a later TryGet.
        var cache = new SharedSpanCache<string>();
        var seen = new (string Text, string Value)[4][];
        Parallel.For(0, 4, thread =>
        {
            var random = new Random(thread);
            var order = Enumerable.Range(0, 2_000).OrderBy(_ => random.Next()).ToArray();
            var mine = new (string, string)[2_000];
            foreach (var k in order)
            {
                var key = $"k{k % 1_500}-{new string('x', k % 7)}".AsSpan();
                if (!cache.TryGet(key, out var text, out var value))
                {
                    value = cache.Add(key, $"t{thread}", out text);
                }

                mine[k] = (text, value);
            }

            seen[thread] = mine;
        });

        for (var k = 0; k < 2_000; k++)
        {
            var key = $"k{k % 1_500}-{new string('x', k % 7)}";
            Assert.True(cache.TryGet(key, out var text, out var value));
            Assert.Equal(key, text);
            for (var thread = 0; thread < 4; thread++)
            {
                Assert.Equal(value, seen[thread][k].Value);
                Assert.Same(text, seen[thread][k].Text);
            }
        }

        Assert.Equal(2_000, cache.Values().Count);
        Assert.False(cache.TryGet("k1500-", out _, out _));
    }
}
