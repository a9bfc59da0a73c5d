namespace Workbench.Core.Alignment.Evidence;

/// <summary>
/// The numbers one sentence states, in the order read (<see cref="NumberExtractor"/>), reused from sentence to sentence.
/// Not a <c>List&lt;decimal&gt;</c>: ReadyToRun cannot precompile that instantiation in our image, and each of its
/// methods was compiled at run time on the first sentence of every process.
/// </summary>
internal sealed class NumberList
{
    private decimal[] items = new decimal[8];

    public int Count { get; private set; }

    public decimal this[int index] => index < Count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(decimal value)
    {
        if (Count == items.Length)
        {
            var larger = new decimal[items.Length * 2];
            items.CopyTo(larger, 0);
            items = larger;
        }

        items[Count++] = value;
    }

    public void Clear() => Count = 0;

    public decimal[] ToArray() => items.AsSpan(0, Count).ToArray();
}
