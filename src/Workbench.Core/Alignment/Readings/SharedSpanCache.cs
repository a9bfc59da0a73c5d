namespace Workbench.Core.Alignment.Readings;

/// <summary>
/// A <see cref="SpanKeyedCache{TValue}"/> that the chunks of a document share while they are read in parallel, behind a
/// lock. It stands behind each chunk's own cache, so it is reached only when a chunk first meets a form: the lock is
/// rarely contended, and unlike a <c>ConcurrentDictionary</c>'s span look-up (three methods the runtime compiled at
/// run time, on both chunk threads' first words) it is precompiled. The value is computed outside the lock; two threads
/// that meet a form at once may both compute it, and the first to add it wins (the same value).
/// </summary>
internal sealed class SharedSpanCache<TValue>
{
    private readonly SpanKeyedCache<TValue> cache = new();
    private readonly Lock gate = new();

    /// <summary>The value of <paramref name="key"/> and the string the cache holds for it, if it has one.</summary>
    public bool TryGet(ReadOnlySpan<char> key, out string text, out TValue value)
    {
        lock (gate)
        {
            return cache.TryGet(key, out text, out value);
        }
    }

    /// <summary>Adds <paramref name="key"/>'s <paramref name="value"/> unless another thread has; returns the value held and its key string.</summary>
    public TValue Add(ReadOnlySpan<char> key, TValue value, out string text)
    {
        var fresh = key.ToString();
        lock (gate)
        {
            if (cache.TryGet(key, out text, out var held))
            {
                return held;
            }

            cache.Add(fresh, value);
        }

        text = fresh;
        return value;
    }

    /// <summary>Every value held.</summary>
    public List<TValue> Values()
    {
        lock (gate)
        {
            return cache.Values();
        }
    }
}
