using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>enumerate(iterable, start=0).</summary>
internal sealed class EnumerateIterator : PyIterator
{
    private readonly object source;
    private object index;

    public EnumerateIterator(PyType type, object iterable, object start)
        : base(type)
    {
        source = Ops.GetIter(iterable);
        index = start;
    }

    public override bool TryNext(out object value)
    {
        if (!Ops.TryNext(source, out var item))
        {
            value = null!;
            return false;
        }
        value = new PyTuple(new[] { index, item });
        index = index is long l && l < long.MaxValue ? Py.Int(l + 1) : Ops.Add(index, 1L);
        return true;
    }
}


/// <summary>zip(*iterables, strict=False).</summary>
internal sealed class ZipIterator : PyIterator
{
    private readonly object[] sources;
    private readonly bool strict;
    private bool done;

    public ZipIterator(PyType type, object[] iterables, bool strict)
        : base(type)
    {
        sources = Array.ConvertAll(iterables, Ops.GetIter);
        this.strict = strict;
    }

    public override bool TryNext(out object value)
    {
        value = null!;
        if (done || sources.Length == 0)
        {
            return false;
        }
        var items = new object[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            if (Ops.TryNext(sources[i], out items[i]))
            {
                continue;
            }
            done = true;
            if (strict)
            {
                if (i > 0)
                {
                    throw Ops.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : $"-{i}")}");
                }
                for (var j = 1; j < sources.Length; j++)
                {
                    if (Ops.TryNext(sources[j], out _))
                    {
                        throw Ops.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : $"-{j}")}");
                    }
                }
            }
            return false;
        }
        value = new PyTuple(items);
        return true;
    }
}


/// <summary>map(function, *iterables).</summary>
internal sealed class MapIterator : PyIterator
{
    private readonly object function;
    private readonly object[] sources;

    public MapIterator(PyType type, object function, object[] iterables)
        : base(type)
    {
        this.function = function;
        sources = Array.ConvertAll(iterables, Ops.GetIter);
    }

    public override bool TryNext(out object value)
    {
        value = null!;
        if (sources.Length == 1)
        {
            if (!Ops.TryNext(sources[0], out var item))
            {
                return false;
            }
            value = Ops.Call(function, item);
            return true;
        }
        var args = new object[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            if (!Ops.TryNext(sources[i], out args[i]))
            {
                return false;
            }
        }
        value = Ops.Call(function, args);
        return true;
    }
}


/// <summary>filter(function or None, iterable).</summary>
internal sealed class FilterIterator : PyIterator
{
    private readonly object function;
    private readonly object source;

    public FilterIterator(PyType type, object function, object iterable)
        : base(type)
    {
        this.function = function;
        source = Ops.GetIter(iterable);
    }

    public override bool TryNext(out object value)
    {
        while (Ops.TryNext(source, out value))
        {
            if (Ops.IsTrue(function is PyNone ? value : Ops.Call(function, value)))
            {
                return true;
            }
        }
        return false;
    }
}


/// <summary>reversed(sequence) over __len__ and __getitem__.</summary>
internal sealed class ReversedIterator : PyIterator
{
    private readonly object sequence;
    private long index;

    public ReversedIterator(PyType type, object sequence)
        : base(type)
    {
        this.sequence = sequence;
        index = Ops.Length(sequence) - 1;
    }

    public override bool TryNext(out object value)
    {
        if (index < 0)
        {
            value = null!;
            return false;
        }
        value = Ops.GetItem(sequence, Py.Int(index--));
        return true;
    }

    public override int LengthHint => (int)Math.Max(0, index + 1);
}

