namespace Workbench.Core.Alignment.Search;

/// <summary>Two reusable buffers for merging sorted key arrays without allocating on the hot path.</summary>
internal sealed class UnionBuffers
{
    private int[] first = new int[64];
    private int[] second = new int[64];
    private bool useFirst;

    /// <summary>Merges two sorted arrays of distinct keys; the result stays valid until the next call but one.</summary>
    public ReadOnlySpan<int> Merge(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        useFirst = !useFirst;
        ref var target = ref useFirst ? ref first : ref second;
        if (target.Length < a.Length + b.Length)
        {
            target = new int[(a.Length + b.Length) * 2];
        }

        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            var next = a[i] <= b[j] ? a[i] : b[j];
            i += a[i] == next ? 1 : 0;
            j += b[j] == next ? 1 : 0;
            target[n++] = next;
        }

        while (i < a.Length)
        {
            target[n++] = a[i++];
        }

        while (j < b.Length)
        {
            target[n++] = b[j++];
        }

        return target.AsSpan(0, n);
    }
}
