namespace Workbench.Core;

/// <summary>Two independent pieces of work at once (the English and the Japanese side of a document), failing as if
/// they had run one after the other.</summary>
public static class InParallel
{
    /// <summary>
    /// Runs <paramref name="second"/> on the thread pool while <paramref name="first"/> runs here, and waits for both.
    /// A failure of the first is reported before one of the second, as if they had run one after the other.
    /// </summary>
    public static (TFirst First, TSecond Second) Both<TFirst, TSecond>(Func<TFirst> first, Func<TSecond> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var running = Task.Run(second);
        TFirst result;
        try
        {
            result = first();
        }
        catch
        {
            Task.WaitAny(running);
            throw;
        }

        return (result, running.GetAwaiter().GetResult());
    }
}
