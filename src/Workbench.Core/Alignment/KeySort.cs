using System.Numerics;

namespace Workbench.Core.Alignment;

/// <summary>
/// Sorts evidence keys (and packed sentence pairs) ascending: an introspective sort (quicksort with a median-of-three
/// pivot, heapsort past twice the depth a balanced split needs, insertion sort for short runs) written for plain
/// numbers. The library's span sort is not used on these paths: a Native AOT build runs it for <c>int</c> through a
/// comparison delegate, a call per comparison and a delegate allocated per sort (the 40,000-sentence align spent ≈ 4%
/// of its CPU there). Numbers sort to one order however they are sorted, so the result is the library's.
/// </summary>
internal static class KeySort
{
    /// <summary>Runs this short are sorted by insertion: shorter than a partition pays for.</summary>
    private const int InsertionSortLimit = 24;

    public static void Sort(Span<int> keys) => Sort<int>(keys);

    public static void Sort(Span<long> keys) => Sort<long>(keys);

    private static void Sort<T>(Span<T> keys)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        if (keys.Length > InsertionSortLimit)
        {
            IntroSort(keys, 2 * BitOperations.Log2((uint)keys.Length));
            return;
        }

        InsertionSort(keys);
    }

    /// <summary>Sorts <paramref name="keys"/>, by heapsort once <paramref name="depthLeft"/> partitions deep.</summary>
    internal static void IntroSort<T>(Span<T> keys, int depthLeft)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        while (keys.Length > InsertionSortLimit)
        {
            if (depthLeft == 0)
            {
                HeapSort(keys);
                return;
            }

            depthLeft--;
            var pivot = Partition(keys);
            // The right part by recursion, the left by the loop: the stack holds at most depthLeft frames.
            IntroSort(keys[(pivot + 1)..], depthLeft);
            keys = keys[..pivot];
        }

        InsertionSort(keys);
    }

    /// <summary>
    /// Partitions around the median of the first, middle and last keys (Hoare's scheme, the median's neighbours as
    /// sentinels) and returns where the pivot ends: keys before it are not above it, keys after it not below it.
    /// </summary>
    private static int Partition<T>(Span<T> keys)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        var last = keys.Length - 1;
        var middle = last >> 1;
        OrderPair(ref keys[0], ref keys[middle]);
        OrderPair(ref keys[0], ref keys[last]);
        OrderPair(ref keys[middle], ref keys[last]);

        var pivot = keys[middle];
        (keys[middle], keys[last - 1]) = (keys[last - 1], keys[middle]);
        int left = 0, right = last - 1;
        while (left < right)
        {
            while (keys[++left] < pivot)
            {
            }

            while (pivot < keys[--right])
            {
            }

            if (left >= right)
            {
                break;
            }

            (keys[left], keys[right]) = (keys[right], keys[left]);
        }

        if (left != last - 1)
        {
            (keys[left], keys[last - 1]) = (keys[last - 1], keys[left]);
        }

        return left;
    }

    private static void OrderPair<T>(ref T low, ref T high)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        if (low > high)
        {
            (low, high) = (high, low);
        }
    }

    private static void InsertionSort<T>(Span<T> keys)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = key;
        }
    }

    private static void HeapSort<T>(Span<T> keys)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        for (var root = (keys.Length / 2) - 1; root >= 0; root--)
        {
            SiftDown(keys, root, keys.Length);
        }

        for (var end = keys.Length - 1; end > 0; end--)
        {
            (keys[0], keys[end]) = (keys[end], keys[0]);
            SiftDown(keys, 0, end);
        }
    }

    /// <summary>Moves the key at <paramref name="root"/> down the max-heap of the first <paramref name="count"/> keys.</summary>
    private static void SiftDown<T>(Span<T> keys, int root, int count)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        var key = keys[root];
        while (2 * root + 1 < count)
        {
            var child = 2 * root + 1;
            if (child + 1 < count && keys[child] < keys[child + 1])
            {
                child++;
            }

            if (!(key < keys[child]))
            {
                break;
            }

            keys[root] = keys[child];
            root = child;
        }

        keys[root] = key;
    }
}
