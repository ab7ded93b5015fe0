namespace IronUwsgi.Python.Objects;

/// <summary>Python list: a growable array of values.</summary>
internal sealed class PyList : PyObject
{
    private object[] items;
    private int count;

    public PyList()
        : base(Py.ListType) => items = Array.Empty<object>();

    public PyList(int capacity)
        : base(Py.ListType) => items = capacity == 0 ? Array.Empty<object>() : new object[capacity];

    /// <summary>Takes ownership of <paramref name="values"/>.</summary>
    public PyList(object[] values)
        : base(Py.ListType)
    {
        items = values;
        count = values.Length;
    }

    internal PyList(PyType type)
        : base(type) => items = Array.Empty<object>();

    public int Count => count;

    /// <summary>The backing array; valid up to <see cref="Count"/>.</summary>
    internal object[] RawItems => items;

    public object this[int index]
    {
        get => items[index];
        set => items[index] = value;
    }

    public void Add(object value)
    {
        if (count == items.Length)
        {
            Grow(count + 1);
        }
        items[count++] = value;
    }

    public void Insert(int index, object value)
    {
        if (count == items.Length)
        {
            Grow(count + 1);
        }
        Array.Copy(items, index, items, index + 1, count - index);
        items[index] = value;
        count++;
    }

    public void RemoveAt(int index)
    {
        count--;
        Array.Copy(items, index + 1, items, index, count - index);
        items[count] = null!;
    }

    public void RemoveRange(int index, int length)
    {
        Array.Copy(items, index + length, items, index, count - index - length);
        Array.Clear(items, count - length, length);
        count -= length;
    }

    public void Clear()
    {
        items = Array.Empty<object>();
        count = 0;
    }

    public void AddRange(ReadOnlySpan<object> values)
    {
        if (count + values.Length > items.Length)
        {
            Grow(count + values.Length);
        }
        values.CopyTo(items.AsSpan(count));
        count += values.Length;
    }

    /// <summary>Replaces items [start, stop) with <paramref name="values"/> (slice assignment, step 1).</summary>
    public void ReplaceRange(int start, int stop, ReadOnlySpan<object> values)
    {
        var removed = stop - start;
        var newCount = count - removed + values.Length;
        if (newCount > items.Length)
        {
            Grow(newCount);
        }
        Array.Copy(items, stop, items, start + values.Length, count - stop);
        values.CopyTo(items.AsSpan(start));
        if (newCount < count)
        {
            Array.Clear(items, newCount, count - newCount);
        }
        count = newCount;
    }

    public Span<object> AsSpan() => items.AsSpan(0, count);

    public object[] ToArray() => AsSpan().ToArray();

    /// <summary>Swaps in new contents (sort and in-place slices build a new array).</summary>
    internal void SetContents(object[] values, int length)
    {
        items = values;
        count = length;
    }

    private void Grow(int min)
    {
        var size = Math.Max(min, items.Length < 4 ? 4 : items.Length * 2);
        Array.Resize(ref items, size);
    }
}
