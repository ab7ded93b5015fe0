using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Arrays;

/// <summary>
/// The storage of an array.array: the items' native (little-endian) bytes back to back, so
/// tobytes, frombytes and byteswap are plain byte work and the values are converted only at the edges.
/// </summary>
internal sealed class ArrayObject(PyType type, ArrayCode code) : PyObject(type), IBufferExporter
{
    private byte[] data = [];

    public ArrayCode Code { get; } = code;

    public int Length { get; private set; }

    /// <summary>Bumped by every change of length so iterators and comparisons notice.</summary>
    public long State { get; private set; }

    public ReadOnlySpan<byte> Bytes => data.AsSpan(0, Length * Code.Size);

    public byte[] ExportBytes() => Bytes.ToArray();

    public object Get(int i) => Code.Read(data.AsSpan(i * Code.Size, Code.Size));

    public void Set(int i, object value) => Code.Write(value, data.AsSpan(i * Code.Size, Code.Size));

    public object[] ToArray()
    {
        var items = new object[Length];
        for (var i = 0; i < Length; i++)
        {
            items[i] = Get(i);
        }
        return items;
    }

    /// <summary>Converts first, then grows: a bad value leaves the array unchanged.</summary>
    public void Append(object value)
    {
        Span<byte> item = stackalloc byte[Code.Size];
        Code.Write(value, item);
        Reserve(Length + 1);
        item.CopyTo(data.AsSpan(Length * Code.Size));
        Length++;
        State++;
    }

    public void AppendBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % Code.Size != 0)
        {
            throw Ops.ValueError("bytes length not a multiple of item size");
        }
        var count = bytes.Length / Code.Size;
        Reserve(Length + count);
        bytes.CopyTo(data.AsSpan(Length * Code.Size));
        Length += count;
        State++;
    }

    public void Insert(int index, object value)
    {
        Span<byte> item = stackalloc byte[Code.Size];
        Code.Write(value, item);
        Reserve(Length + 1);
        var at = index * Code.Size;
        data.AsSpan(at, (Length - index) * Code.Size).CopyTo(data.AsSpan(at + Code.Size));
        item.CopyTo(data.AsSpan(at));
        Length++;
        State++;
    }

    public void RemoveRange(int index, int count)
    {
        var at = index * Code.Size;
        var end = (index + count) * Code.Size;
        data.AsSpan(end, (Length * Code.Size) - end).CopyTo(data.AsSpan(at));
        Length -= count;
        State++;
    }

    /// <summary>Replaces the whole content with <paramref name="bytes"/> (a whole number of items).</summary>
    public void Replace(ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        data = copy;
        Length = copy.Length / Code.Size;
        State++;
    }

    public void Truncate(int length)
    {
        Length = length;
        State++;
    }

    public void Reverse()
    {
        Span<byte> t = stackalloc byte[Code.Size];
        for (int i = 0, j = Length - 1; i < j; i++, j--)
        {
            var a = data.AsSpan(i * Code.Size, Code.Size);
            var b = data.AsSpan(j * Code.Size, Code.Size);
            a.CopyTo(t);
            b.CopyTo(a);
            t.CopyTo(b);
        }
    }

    public void Byteswap()
    {
        for (var i = 0; i < Length; i++)
        {
            data.AsSpan(i * Code.Size, Code.Size).Reverse();
        }
    }

    private void Reserve(int items)
    {
        var needed = items * Code.Size;
        if (needed > data.Length)
        {
            Array.Resize(ref data, Math.Max(needed, Math.Max(16, data.Length * 2)));
        }
    }
}
