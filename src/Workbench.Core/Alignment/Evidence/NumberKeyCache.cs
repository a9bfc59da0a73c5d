namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// A chunk's number keys by value (formatting a decimal is slow and numbers recur): open addressing over plain arrays,
/// because ReadyToRun cannot precompile <c>Dictionary&lt;decimal, int&gt;</c> in our image and its methods were compiled
/// at run time. Values equal as decimals (1.0 and 1) share a slot, as they share a key name.
/// </summary>
internal sealed class NumberKeyCache
{
    private decimal[] values = new decimal[256];
    private int[] keys = new int[256];
    private bool[] used = new bool[256];
    private int count;

    public bool TryGet(decimal value, out int key)
    {
        var mask = values.Length - 1;
        for (var slot = value.GetHashCode() & mask; used[slot]; slot = (slot + 1) & mask)
        {
            if (values[slot] == value)
            {
                key = keys[slot];
                return true;
            }
        }

        key = 0;
        return false;
    }

    /// <summary>Adds a value <see cref="TryGet"/> did not find.</summary>
    public void Add(decimal value, int key)
    {
        if (2 * (count + 1) > values.Length)
        {
            Grow();
        }

        Insert(value, key);
        count++;
    }

    private void Insert(decimal value, int key)
    {
        var mask = values.Length - 1;
        var slot = value.GetHashCode() & mask;
        while (used[slot])
        {
            slot = (slot + 1) & mask;
        }

        values[slot] = value;
        keys[slot] = key;
        used[slot] = true;
    }

    private void Grow()
    {
        var (oldValues, oldKeys, oldUsed) = (values, keys, used);
        values = new decimal[oldValues.Length * 2];
        keys = new int[oldValues.Length * 2];
        used = new bool[oldValues.Length * 2];
        for (var slot = 0; slot < oldValues.Length; slot++)
        {
            if (oldUsed[slot])
            {
                Insert(oldValues[slot], oldKeys[slot]);
            }
        }
    }
}
