using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Iterator over a list (sees appends made during iteration, like CPython).</summary>
internal sealed class ListIterator : PyIterator
{
    private readonly PyList list;
    private int index;

    public ListIterator(PyList list)
        : base(Py.ListIteratorType) => this.list = list;

    public override bool TryNext(out object value)
    {
        if (index < list.Count)
        {
            value = list[index++];
            return true;
        }
        index = int.MaxValue;
        value = null!;
        return false;
    }

    public override int LengthHint => Math.Max(0, list.Count - index);
}


/// <summary>reversed(list).</summary>
internal sealed class ListReverseIterator : PyIterator
{
    private readonly PyList list;
    private int index;

    public ListReverseIterator(PyList list)
        : base(Py.ListReverseIteratorType)
    {
        this.list = list;
        index = list.Count - 1;
    }

    public override bool TryNext(out object value)
    {
        if (index >= 0 && index < list.Count)
        {
            value = list[index--];
            return true;
        }
        index = -1;
        value = null!;
        return false;
    }

    public override int LengthHint => index < list.Count ? index + 1 : 0;
}


/// <summary>Iterator over a fixed array (tuples).</summary>
internal sealed class ArrayIterator : PyIterator
{
    private readonly object[] items;
    private int index;

    public ArrayIterator(object[] items, PyType type)
        : base(type) => this.items = items;

    public override bool TryNext(out object value)
    {
        if (index < items.Length)
        {
            value = items[index++];
            return true;
        }
        value = null!;
        return false;
    }

    public override int LengthHint => items.Length - index;
}


/// <summary>Iterator over the characters of a str.</summary>
internal sealed class StrIterator : PyIterator
{
    private readonly string s;
    private int index;

    public StrIterator(string s)
        : base(Py.StrIteratorType) => this.s = s;

    public override bool TryNext(out object value)
    {
        if (index < s.Length)
        {
            var c = s[index];
            if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
            {
                value = s.Substring(index, 2);
                index += 2;
                return true;
            }
            value = StrMethods.CharAt(s, index++);
            return true;
        }
        value = null!;
        return false;
    }

    public override int LengthHint => CodePoints.Length(s.AsSpan(index));
}


/// <summary>Iterator over bytes/bytearray values as ints.</summary>
internal sealed class BytesIterator : PyIterator
{
    private readonly IReadOnlyList<byte> bytes;
    private int index;

    public BytesIterator(IReadOnlyList<byte> bytes, PyType type)
        : base(type) => this.bytes = bytes;

    public override bool TryNext(out object value)
    {
        if (index < bytes.Count)
        {
            value = Py.Int(bytes[index++]);
            return true;
        }
        value = null!;
        return false;
    }
}


/// <summary>Which part of a dict entry a dict iterator yields.</summary>
internal enum DictIterKind
{
    Keys,
    Values,
    Items,
}


/// <summary>Iterator over a dict's keys, values or items; fails if the dict changes size.</summary>
internal sealed class DictIterator : PyIterator
{
    private readonly PyDict dict;
    private readonly DictIterKind kind;
    private readonly int count;
    private int pos;

    public DictIterator(PyDict dict, DictIterKind kind)
        : base(kind switch { DictIterKind.Keys => Py.DictKeyIteratorType, DictIterKind.Values => Py.DictValueIteratorType, _ => Py.DictItemIteratorType })
    {
        this.dict = dict;
        this.kind = kind;
        count = dict.Count;
    }

    public override bool TryNext(out object value)
    {
        if (dict.Count != count)
        {
            pos = int.MaxValue;
            throw Ops.RuntimeError("dictionary changed size during iteration");
        }
        if (!dict.TryGetEntry(ref pos, out var k, out var v))
        {
            value = null!;
            return false;
        }
        value = kind switch
        {
            DictIterKind.Keys => k,
            DictIterKind.Values => v,
            _ => new PyTuple(new[] { k, v }),
        };
        return true;
    }
}


/// <summary>Iterator over a set in table order; fails if the set changes size.</summary>
internal sealed class SetIterator : PyIterator
{
    private readonly PySet set;
    private readonly int count;
    private int pos;

    public SetIterator(PySet set)
        : base(Py.SetIteratorType)
    {
        this.set = set;
        count = set.Count;
    }

    public override bool TryNext(out object value)
    {
        if (set.Count != count)
        {
            throw Ops.RuntimeError("Set changed size during iteration");
        }
        return set.TryGetEntry(ref pos, out value);
    }
}


/// <summary>Iterator over a range.</summary>
internal sealed class RangeIterator : PyIterator
{
    private readonly long step;
    private long next;
    private long remaining;

    public RangeIterator(long start, long step, long length)
        : base(Py.RangeIteratorType)
    {
        next = start;
        this.step = step;
        remaining = length;
    }

    public override bool TryNext(out object value)
    {
        if (remaining <= 0)
        {
            value = null!;
            return false;
        }
        value = Py.Int(next);
        next += step;
        remaining--;
        return true;
    }

    public override int LengthHint => (int)Math.Min(remaining, int.MaxValue);
}

/// <summary>Iterator over a range whose values or length do not fit in 64 bits.</summary>
internal sealed class BigRangeIterator : PyIterator
{
    private readonly System.Numerics.BigInteger step;
    private System.Numerics.BigInteger next;
    private System.Numerics.BigInteger remaining;

    public BigRangeIterator(System.Numerics.BigInteger start, System.Numerics.BigInteger step, System.Numerics.BigInteger length)
        : base(Py.LongRangeIteratorType)
    {
        next = start;
        this.step = step;
        remaining = length;
    }

    public override bool TryNext(out object value)
    {
        if (remaining.Sign <= 0)
        {
            value = null!;
            return false;
        }
        value = Py.Int(next);
        next += step;
        remaining -= 1;
        return true;
    }

    public override int LengthHint => remaining > int.MaxValue ? int.MaxValue : (int)remaining;
}


/// <summary>The old sequence protocol: calls __getitem__ with 0, 1, 2... until IndexError.</summary>
internal sealed class SeqIterator : PyIterator
{
    private object? seq;
    private long index;

    public SeqIterator(object seq)
        : base(Py.SeqIteratorType) => this.seq = seq;

    public override bool TryNext(out object value)
    {
        if (seq is null)
        {
            value = null!;
            return false;
        }
        try
        {
            value = Ops.GetItem(seq, Py.Int(index++));
            return true;
        }
        catch (PythonException e) when (Ops.Matches(e, PyExc.IndexError) || Ops.Matches(e, PyExc.StopIteration))
        {
            seq = null;
            value = null!;
            return false;
        }
    }
}


/// <summary>iter(callable, sentinel).</summary>
internal sealed class CallableIterator : PyIterator
{
    private readonly object sentinel;
    private object? callable;

    public CallableIterator(object callable, object sentinel)
        : base(Py.CallableIteratorType)
    {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    public override bool TryNext(out object value)
    {
        if (callable is null)
        {
            value = null!;
            return false;
        }
        value = Ops.Call(callable);
        if (Ops.EqualForLookup(value, sentinel))
        {
            callable = null;
            return false;
        }
        return true;
    }
}
