using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Workbench.Core.Lexicon;

/// <summary>
/// int32 and UTF-16 arrays in the compiled lexicon files, little-endian whatever the machine: written value by value,
/// read straight into the array that keeps them (one copy out of the stream, however the stream is backed; the array
/// is not zeroed first, since every element is overwritten).
/// </summary>
internal static class LittleEndianArrays
{
    public static void Write(BinaryWriter writer, ReadOnlySpan<int> values)
    {
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public static void Write(BinaryWriter writer, ReadOnlySpan<char> values)
    {
        foreach (var value in values)
        {
            writer.Write((ushort)value);
        }
    }

    public static int[] ReadInts(Stream stream, int count)
    {
        var values = GC.AllocateUninitializedArray<int>(count);
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(values, values);
        }

        return values;
    }

    public static char[] ReadChars(Stream stream, int count)
    {
        var values = GC.AllocateUninitializedArray<char>(count);
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            var units = MemoryMarshal.Cast<char, short>(values.AsSpan());
            BinaryPrimitives.ReverseEndianness(units, units);
        }

        return values;
    }
}
