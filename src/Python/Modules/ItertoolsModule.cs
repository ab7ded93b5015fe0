using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>itertools</c> module: lazy iterator types written in C#, with CPython's argument errors and reprs.</summary>
internal static class ItertoolsModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        foreach (var t in ItertoolsTypes.All)
        {
            d[t.Name] = t;
        }
        d["tee"] = new PyBuiltinFunction("tee", null, 1, 2, a => Tee(a[0], a.Length > 1 ? Ops.IndexAsLong(a[1]) : 2));
    }

    private static object Tee(object iterable, long n)
    {
        if (n < 0)
        {
            throw Ops.ValueError("n must be >= 0");
        }
        var result = new object[n];
        if (n == 0)
        {
            return new PyTuple(result);
        }
        var first = Ops.GetIter(iterable) is TeeIterator tee ? tee.Copy() : new TeeIterator(Ops.GetIter(iterable));
        result[0] = first;
        for (var i = 1; i < n; i++)
        {
            result[i] = first.Copy();
        }
        return new PyTuple(result);
    }
}

/// <summary>Argument binding with the messages of CPython's argument clinic.</summary>
internal static class ItertoolsArgs
{
    /// <summary>Binds positional and keyword values to <paramref name="names"/>; unfilled slots are null.</summary>
    public static object?[] Bind(string fname, object[] args, string[]? kw, string[] names, int required)
    {
        var positional = args.Length - (kw?.Length ?? 0);
        if (positional > names.Length)
        {
            throw Ops.TypeError($"{fname}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({positional} given)");
        }
        var bound = new object?[names.Length];
        Array.Copy(args, bound, positional);
        for (var i = 0; i < (kw?.Length ?? 0); i++)
        {
            var at = Array.IndexOf(names, kw![i]);
            if (at < 0)
            {
                throw Ops.TypeError($"'{kw[i]}' is an invalid keyword argument for {fname}()");
            }
            if (bound[at] is not null)
            {
                throw Ops.TypeError($"argument for {fname}() given by name ('{kw[i]}') and position ({at + 1})");
            }
            bound[at] = args[positional + i];
        }
        for (var i = 0; i < required; i++)
        {
            if (bound[i] is null)
            {
                throw Ops.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
            }
        }
        return bound;
    }

    /// <summary>Positional-only constructors (takewhile, starmap...): exact count, no keywords.</summary>
    public static void Exact(string fname, object[] args, string[]? kw, int count)
    {
        NoKeywords(fname, kw);
        if (args.Length != count)
        {
            throw Ops.TypeError($"{fname} expected {count} argument{(count == 1 ? "" : "s")}, got {args.Length}");
        }
    }

    public static void NoKeywords(string fname, string[]? kw)
    {
        if (kw is { Length: > 0 })
        {
            throw Ops.TypeError($"{fname}() takes no keyword arguments");
        }
    }

    /// <summary>r for combinatoric iterators: an int, not negative.</summary>
    public static int R(object value)
    {
        if (!IntOps.IsInt(value))
        {
            throw Ops.TypeError("Expected int as r");
        }
        var r = Ops.IndexAsLong(value);
        return r < 0 ? throw Ops.ValueError("r must be non-negative") : (int)Math.Min(r, int.MaxValue);
    }

    public static object[] Pool(object iterable)
    {
        var list = new List<object>();
        var it = Ops.GetIter(iterable);
        while (Ops.TryNext(it, out var v))
        {
            list.Add(v);
        }
        return list.ToArray();
    }
}

/// <summary>The itertools types, created once per process like the other builtin types.</summary>
internal static class ItertoolsTypes
{
    public static readonly PyType Count = Make("count", t =>
    {
        t.DefNew((cls, args, kw) =>
        {
            var a = ItertoolsArgs.Bind("count", args, kw, ["start", "step"], 0);
            var start = a[0] ?? Py.Int(0);
            var step = a[1] ?? Py.Int(1);
            if (!IsNumber(start) || !IsNumber(step))
            {
                throw Ops.TypeError("a number is required");
            }
            return new CountIterator(cls, start, step);
        });
        t.Def("__repr__", self => ((CountIterator)self).Describe());
    });

    public static readonly PyType Cycle = Make("cycle", t => t.DefNew((cls, args, kw) =>
    {
        ItertoolsArgs.Exact("cycle", args, kw, 1);
        return new CycleIterator(cls, Ops.GetIter(args[0]));
    }));

    public static readonly PyType Repeat = Make("repeat", t =>
    {
        t.DefNew((cls, args, kw) =>
        {
            var a = ItertoolsArgs.Bind("repeat", args, kw, ["object", "times"], 1);
            long times = -1;
            if (a[1] is { } given)
            {
                times = Math.Max(0, Ops.IndexAsLong(given));
            }
            return new RepeatIterator(cls, a[0]!, times);
        });
        t.Def("__repr__", self => ((RepeatIterator)self).Describe());
        t.Def("__length_hint__", self => ((RepeatIterator)self).LengthHint is >= 0 and var n ? Py.Int(n) : throw Ops.TypeError("len() of unsized object"));
    });

    public static readonly PyType Accumulate = Make("accumulate", t => t.DefNew((cls, args, kw) =>
    {
        var a = ItertoolsArgs.Bind("accumulate", args, kw, ["iterable", "func", "initial"], 1);
        return new AccumulateIterator(cls, Ops.GetIter(a[0]!), a[1] is PyNone ? null : a[1], a[2] is PyNone ? null : a[2]);
    }));

    public static readonly PyType Chain = Make("chain", t =>
    {
        t.DefNew((cls, args, kw) =>
        {
            ItertoolsArgs.NoKeywords("chain", kw);
            return new ChainIterator(cls, Ops.GetIter(new PyTuple(args)));
        });
        t.DefClass("from_iterable", 1, 1, a => new ChainIterator((PyType)a[0], Ops.GetIter(a[1])));
    });

    public static readonly PyType Compress = Make("compress", t => t.DefNew((cls, args, kw) =>
    {
        var a = ItertoolsArgs.Bind("compress", args, kw, ["data", "selectors"], 2);
        return new CompressIterator(cls, Ops.GetIter(a[0]!), Ops.GetIter(a[1]!));
    }));

    public static readonly PyType DropWhile = Make("dropwhile", t => t.DefNew((cls, args, kw) =>
    {
        ItertoolsArgs.Exact("dropwhile", args, kw, 2);
        return new WhileIterator(cls, args[0], Ops.GetIter(args[1]), dropping: true);
    }));

    public static readonly PyType TakeWhile = Make("takewhile", t => t.DefNew((cls, args, kw) =>
    {
        ItertoolsArgs.Exact("takewhile", args, kw, 2);
        return new WhileIterator(cls, args[0], Ops.GetIter(args[1]), dropping: false);
    }));

    public static readonly PyType FilterFalse = Make("filterfalse", t => t.DefNew((cls, args, kw) =>
    {
        ItertoolsArgs.Exact("filterfalse", args, kw, 2);
        return new FilterFalseIterator(cls, args[0], Ops.GetIter(args[1]));
    }));

    public static readonly PyType StarMap = Make("starmap", t => t.DefNew((cls, args, kw) =>
    {
        ItertoolsArgs.Exact("starmap", args, kw, 2);
        return new StarMapIterator(cls, args[0], Ops.GetIter(args[1]));
    }));

    public static readonly PyType GroupBy = Make("groupby", t => t.DefNew((cls, args, kw) =>
    {
        var a = ItertoolsArgs.Bind("groupby", args, kw, ["iterable", "key"], 1);
        return new GroupByIterator(cls, Ops.GetIter(a[0]!), a[1] is PyNone ? null : a[1]);
    }));

    public static readonly PyType Grouper = Make("_grouper", _ => { });

    public static readonly PyType ISlice = Make("islice", t => t.DefNew((cls, args, kw) =>
    {
        ItertoolsArgs.NoKeywords("islice", kw);
        if (args.Length < 2)
        {
            throw Ops.TypeError($"islice expected at least 2 arguments, got {args.Length}");
        }
        if (args.Length > 4)
        {
            throw Ops.TypeError($"islice expected at most 4 arguments, got {args.Length}");
        }
        const string stopError = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        const string indexError = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        long start = 0, step = 1, stop;
        if (args.Length == 2)
        {
            stop = SliceArg(args[1], -1, stopError);
        }
        else
        {
            start = SliceArg(args[1], 0, indexError);
            stop = SliceArg(args[2], -1, indexError);
            if (args.Length == 4)
            {
                step = args[3] is PyNone ? 1 : IntOps.IsInt(args[3]) && Ops.CompareBool(args[3], Py.Int(1), CompareOp.Ge)
                    ? Ops.IndexAsLongClamped(args[3])
                    : throw Ops.ValueError("Step for islice() must be a positive integer or None.");
            }
        }
        return new ISliceIterator(cls, Ops.GetIter(args[0]), start, stop, step);
    }));

    public static readonly PyType Pairwise = Make("pairwise", t => t.DefNew((cls, args, kw) =>
    {
        ItertoolsArgs.Exact("pairwise", args, kw, 1);
        return new PairwiseIterator(cls, Ops.GetIter(args[0]));
    }));

    public static readonly PyType Tee = Make("_tee", t => t.Def("__copy__", self => ((TeeIterator)self).Copy()));

    public static readonly PyType ZipLongest = Make("zip_longest", t => t.DefNew((cls, args, kw) =>
    {
        var positional = args.Length - (kw?.Length ?? 0);
        object fill = Py.None;
        for (var i = 0; i < (kw?.Length ?? 0); i++)
        {
            fill = kw![i] == "fillvalue" ? args[positional + i] : throw Ops.TypeError("zip_longest() got an unexpected keyword argument");
        }
        var sources = new object?[positional];
        for (var i = 0; i < positional; i++)
        {
            sources[i] = Ops.GetIter(args[i]);
        }
        return new ZipLongestIterator(cls, sources, fill);
    }));

    public static readonly PyType Product = Make("product", t => t.DefNew((cls, args, kw) =>
    {
        var positional = args.Length - (kw?.Length ?? 0);
        long repeat = 1;
        for (var i = 0; i < (kw?.Length ?? 0); i++)
        {
            repeat = kw![i] == "repeat" ? Ops.IndexAsLong(args[positional + i]) : throw Ops.TypeError($"'{kw[i]}' is an invalid keyword argument for product()");
        }
        if (repeat < 0)
        {
            throw Ops.ValueError("repeat argument cannot be negative");
        }
        var pools = new object[positional][];
        for (var i = 0; i < positional; i++)
        {
            pools[i] = ItertoolsArgs.Pool(args[i]);
        }
        var all = new object[pools.Length * repeat][];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = pools[i % pools.Length];
        }
        return new ProductIterator(cls, all);
    }));

    public static readonly PyType Permutations = Make("permutations", t => t.DefNew((cls, args, kw) =>
    {
        var a = ItertoolsArgs.Bind("permutations", args, kw, ["iterable", "r"], 1);
        var pool = ItertoolsArgs.Pool(a[0]!);
        var r = a[1] is { } given and not PyNone ? ItertoolsArgs.R(given) : pool.Length;
        return new PermutationsIterator(cls, pool, r);
    }));

    public static readonly PyType Combinations = Make("combinations", t => t.DefNew((cls, args, kw) =>
    {
        var a = ItertoolsArgs.Bind("combinations", args, kw, ["iterable", "r"], 2);
        var pool = ItertoolsArgs.Pool(a[0]!);
        return new CombinationsIterator(cls, pool, ItertoolsArgs.R(a[1]!), replacement: false);
    }));

    public static readonly PyType CombinationsWithReplacement = Make("combinations_with_replacement", t => t.DefNew((cls, args, kw) =>
    {
        var a = ItertoolsArgs.Bind("combinations_with_replacement", args, kw, ["iterable", "r"], 2);
        var pool = ItertoolsArgs.Pool(a[0]!);
        return new CombinationsIterator(cls, pool, ItertoolsArgs.R(a[1]!), replacement: true);
    }));

    public static readonly PyType[] All =
    {
        Count, Cycle, Repeat, Accumulate, Chain, Compress, DropWhile, TakeWhile, FilterFalse, StarMap, GroupBy, Grouper,
        ISlice, Pairwise, Tee, ZipLongest, Product, Permutations, Combinations, CombinationsWithReplacement,
    };

    private static PyType Make(string name, Action<PyType> fill) =>
        Py.DefineType(name, null, name.StartsWith('_') ? TypeFlags.None : TypeFlags.BaseType, "itertools", t =>
        {
            t.Def("__iter__", self => self).Intrinsic = Intrinsic.IterSelf;
            t.Def("__next__", self => ((PyIterator)self).TryNext(out var v) ? v : throw Ops.StopIteration());
            fill(t);
        });

    private static bool IsNumber(object o) =>
        o is long or double or bool or System.Numerics.BigInteger or System.Numerics.Complex
        || Py.TypeOf(o).Slots[(int)SlotId.Add] is not null && (Py.TypeOf(o).Slots[(int)SlotId.Index] is not null || Py.TypeOf(o).Slots[(int)SlotId.Float] is not null);

    private static long SliceArg(object value, long none, string error)
    {
        if (value is PyNone)
        {
            return none;
        }
        if (!IntOps.IsInt(value) && Py.TypeOf(value).Slots[(int)SlotId.Index] is null)
        {
            throw Ops.ValueError(error);
        }
        var v = Ops.IndexAsLongClamped(value);
        return v < 0 ? throw Ops.ValueError(error) : v;
    }
}

internal sealed class CountIterator(PyType type, object start, object step) : PyIterator(type)
{
    private object current = start;

    public override bool TryNext(out object value)
    {
        value = current;
        current = current is long c && step is long s && c + s is var n && ((c ^ n) & (s ^ n)) >= 0 ? Py.Int(n) : Ops.Add(current, step);
        return true;
    }

    public string Describe()
    {
        var name = Type.Name;
        return step is long s && s == 1
            ? $"{name}({Ops.Repr(current)})"
            : $"{name}({Ops.Repr(current)}, {Ops.Repr(step)})";
    }
}

internal sealed class CycleIterator(PyType type, object source) : PyIterator(type)
{
    private readonly List<object> saved = new();
    private bool exhausted;
    private int index;

    public override bool TryNext(out object value)
    {
        if (!exhausted)
        {
            if (Ops.TryNext(source, out value))
            {
                saved.Add(value);
                return true;
            }
            exhausted = true;
        }
        if (saved.Count == 0)
        {
            value = Py.None;
            return false;
        }
        value = saved[index];
        index = (index + 1) % saved.Count;
        return true;
    }
}

internal sealed class RepeatIterator(PyType type, object item, long times) : PyIterator(type)
{
    private long remaining = times;

    public override bool TryNext(out object value)
    {
        value = item;
        if (remaining == 0)
        {
            return false;
        }
        if (remaining > 0)
        {
            remaining--;
        }
        return true;
    }

    public override int LengthHint => remaining < 0 ? -1 : (int)Math.Min(remaining, int.MaxValue);

    public string Describe() => remaining < 0
        ? $"{Type.Name}({Ops.Repr(item)})"
        : $"{Type.Name}({Ops.Repr(item)}, {remaining})";
}

internal sealed class AccumulateIterator(PyType type, object source, object? func, object? initial) : PyIterator(type)
{
    private object? total;
    private bool started;

    public override bool TryNext(out object value)
    {
        if (!started && initial is not null)
        {
            started = true;
            total = initial;
            value = initial;
            return true;
        }
        started = true;
        if (!Ops.TryNext(source, out var item))
        {
            value = Py.None;
            return false;
        }
        total = total is null ? item : func is null ? Ops.Add(total, item) : Ops.Call(func, total, item);
        value = total;
        return true;
    }
}

internal sealed class ChainIterator(PyType type, object sources) : PyIterator(type)
{
    private object? current;
    private bool done;

    public override bool TryNext(out object value)
    {
        while (!done)
        {
            if (current is not null && Ops.TryNext(current, out value))
            {
                return true;
            }
            if (!Ops.TryNext(sources, out var next))
            {
                done = true;
                break;
            }
            current = Ops.GetIter(next);
        }
        value = Py.None;
        return false;
    }
}

internal sealed class CompressIterator(PyType type, object data, object selectors) : PyIterator(type)
{
    public override bool TryNext(out object value)
    {
        while (Ops.TryNext(data, out value))
        {
            if (!Ops.TryNext(selectors, out var keep))
            {
                return false;
            }
            if (Ops.IsTrue(keep))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>dropwhile (skip while the predicate holds, then pass everything) and takewhile (pass while it holds, then stop).</summary>
internal sealed class WhileIterator(PyType type, object predicate, object source, bool dropping) : PyIterator(type)
{
    private bool switched;

    public override bool TryNext(out object value)
    {
        if (switched && !dropping)
        {
            value = Py.None;
            return false;
        }
        while (Ops.TryNext(source, out value))
        {
            if (switched)
            {
                return true;
            }
            var holds = Ops.IsTrue(Ops.Call(predicate, value));
            if (dropping)
            {
                if (!holds)
                {
                    switched = true;
                    return true;
                }
                continue;
            }
            if (holds)
            {
                return true;
            }
            switched = true;
            return false;
        }
        return false;
    }
}

internal sealed class FilterFalseIterator(PyType type, object predicate, object source) : PyIterator(type)
{
    public override bool TryNext(out object value)
    {
        while (Ops.TryNext(source, out value))
        {
            if (!Ops.IsTrue(predicate is PyNone ? value : Ops.Call(predicate, value)))
            {
                return true;
            }
        }
        return false;
    }
}

internal sealed class StarMapIterator(PyType type, object function, object source) : PyIterator(type)
{
    public override bool TryNext(out object value)
    {
        if (!Ops.TryNext(source, out var args))
        {
            value = Py.None;
            return false;
        }
        value = Ops.Call(function, args is PyTuple t ? t.Items : ItertoolsArgs.Pool(args));
        return true;
    }
}

/// <summary>groupby: yields (key, grouper) pairs; advancing the outer iterator abandons the current group.</summary>
internal sealed class GroupByIterator(PyType type, object source, object? keyFunc) : PyIterator(type)
{
    private bool exhausted;
    private bool hasValue;
    private object currentValue = Py.None;
    private object currentKey = Py.None;
    private object? groupKey;

    /// <summary>Identifies the live group: a grouper whose generation differs has been abandoned.</summary>
    public int Generation { get; private set; }

    public override bool TryNext(out object value)
    {
        value = Py.None;
        Generation++;
        while (true)
        {
            if (!hasValue && !Advance())
            {
                return false;
            }
            if (groupKey is null || !Ops.CompareBool(groupKey, currentKey, CompareOp.Eq))
            {
                break;
            }
            hasValue = false;
        }
        groupKey = currentKey;
        value = new PyTuple([currentKey, new GrouperIterator(ItertoolsTypes.Grouper, this, Generation, currentKey)]);
        return true;
    }

    /// <summary>The next item of the group with <paramref name="key"/>, or false at the group's end.</summary>
    public bool NextInGroup(int generation, object key, out object value)
    {
        value = Py.None;
        if (generation != Generation || (!hasValue && !Advance()))
        {
            return false;
        }
        if (!Ops.CompareBool(key, currentKey, CompareOp.Eq))
        {
            return false;
        }
        value = currentValue;
        hasValue = false;
        return true;
    }

    private bool Advance()
    {
        if (exhausted || !Ops.TryNext(source, out var item))
        {
            exhausted = true;
            return false;
        }
        currentValue = item;
        currentKey = keyFunc is null ? item : Ops.Call(keyFunc, item);
        hasValue = true;
        return true;
    }
}

internal sealed class GrouperIterator(PyType type, GroupByIterator parent, int generation, object key) : PyIterator(type)
{
    public override bool TryNext(out object value) => parent.NextInGroup(generation, key, out value);
}

/// <summary>islice, consuming the source exactly as CPython does (skips happen lazily, never past stop).</summary>
internal sealed class ISliceIterator(PyType type, object source, long start, long stop, long step) : PyIterator(type)
{
    private long next = start;
    private long count;
    private bool done;

    public override bool TryNext(out object value)
    {
        value = Py.None;
        if (done)
        {
            return false;
        }
        var limit = stop < 0 ? next : Math.Min(next, stop);
        while (count < limit)
        {
            if (!Ops.TryNext(source, out _))
            {
                done = true;
                return false;
            }
            count++;
        }
        if (stop >= 0 && count >= stop)
        {
            done = true;
            return false;
        }
        if (!Ops.TryNext(source, out value))
        {
            done = true;
            return false;
        }
        count++;
        var previous = next;
        next += step;
        if (next < previous || (stop >= 0 && next > stop))
        {
            next = stop;
        }
        return true;
    }
}

internal sealed class PairwiseIterator(PyType type, object source) : PyIterator(type)
{
    private object? previous;

    public override bool TryNext(out object value)
    {
        value = Py.None;
        if (previous is null && !Ops.TryNext(source, out previous))
        {
            return false;
        }
        if (!Ops.TryNext(source, out var item))
        {
            return false;
        }
        value = new PyTuple([previous, item]);
        previous = item;
        return true;
    }
}

/// <summary>One branch of tee(): the branches share a singly linked list of fetched values.</summary>
internal sealed class TeeIterator : PyIterator
{
    private readonly object source;
    private Link position;

    public TeeIterator(object source)
        : this(source, new Link(Py.None))
    {
    }

    private TeeIterator(object source, Link position)
        : base(ItertoolsTypes.Tee)
    {
        this.source = source;
        this.position = position;
    }

    public TeeIterator Copy() => new(source, position);

    public override bool TryNext(out object value)
    {
        if (position.Next is null)
        {
            if (!Ops.TryNext(source, out var item))
            {
                value = Py.None;
                return false;
            }
            position.Next = new Link(item);
        }
        position = position.Next;
        value = position.Value;
        return true;
    }

    private sealed class Link(object value)
    {
        public object Value => value;

        public Link? Next { get; set; }
    }
}

internal sealed class ZipLongestIterator(PyType type, object?[] sources, object fill) : PyIterator(type)
{
    private int active = sources.Length;

    public override bool TryNext(out object value)
    {
        value = Py.None;
        if (active == 0)
        {
            return false;
        }
        var items = new object[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] is { } it && Ops.TryNext(it, out items[i]))
            {
                continue;
            }
            if (sources[i] is not null)
            {
                sources[i] = null;
                if (--active == 0)
                {
                    return false;
                }
            }
            items[i] = fill;
        }
        value = new PyTuple(items);
        return true;
    }
}

internal sealed class ProductIterator(PyType type, object[][] pools) : PyIterator(type)
{
    private int[]? indices;
    private bool done = pools.Any(p => p.Length == 0);

    public override bool TryNext(out object value)
    {
        value = Py.None;
        if (done)
        {
            return false;
        }
        if (indices is null)
        {
            indices = new int[pools.Length];
        }
        else
        {
            var i = pools.Length - 1;
            for (; i >= 0; i--)
            {
                if (++indices[i] < pools[i].Length)
                {
                    break;
                }
                indices[i] = 0;
            }
            if (i < 0)
            {
                done = true;
                return false;
            }
        }
        var items = new object[pools.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = pools[i][indices[i]];
        }
        value = new PyTuple(items);
        return true;
    }
}

internal sealed class PermutationsIterator(PyType type, object[] pool, int r) : PyIterator(type)
{
    private int[]? indices;
    private int[]? cycles;
    private bool done = r > pool.Length;

    public override bool TryNext(out object value)
    {
        value = Py.None;
        if (done)
        {
            return false;
        }
        var n = pool.Length;
        if (indices is null)
        {
            indices = Enumerable.Range(0, n).ToArray();
            cycles = Enumerable.Range(n - r + 1, r).Reverse().ToArray();
        }
        else if (!Advance(n))
        {
            done = true;
            return false;
        }
        var items = new object[r];
        for (var i = 0; i < r; i++)
        {
            items[i] = pool[indices[i]];
        }
        value = new PyTuple(items);
        return true;
    }

    // Lexicographic successor by cycle counters (no repeated-element checks, as in CPython).
    private bool Advance(int n)
    {
        for (var i = r - 1; i >= 0; i--)
        {
            cycles![i]--;
            if (cycles[i] == 0)
            {
                var first = indices![i];
                Array.Copy(indices, i + 1, indices, i, n - i - 1);
                indices[n - 1] = first;
                cycles[i] = n - i;
            }
            else
            {
                var j = n - cycles[i];
                (indices![i], indices[j]) = (indices[j], indices[i]);
                return true;
            }
        }
        return false;
    }
}

/// <summary>combinations and combinations_with_replacement, in lexicographic index order.</summary>
internal sealed class CombinationsIterator(PyType type, object[] pool, int r, bool replacement) : PyIterator(type)
{
    private int[]? indices;
    private bool done = replacement ? pool.Length == 0 && r > 0 : r > pool.Length;

    public override bool TryNext(out object value)
    {
        value = Py.None;
        if (done)
        {
            return false;
        }
        var n = pool.Length;
        if (indices is null)
        {
            indices = replacement ? new int[r] : Enumerable.Range(0, r).ToArray();
        }
        else
        {
            var i = r - 1;
            while (i >= 0 && indices[i] == (replacement ? n - 1 : i + n - r))
            {
                i--;
            }
            if (i < 0)
            {
                done = true;
                return false;
            }
            indices[i]++;
            for (var j = i + 1; j < r; j++)
            {
                indices[j] = replacement ? indices[i] : indices[j - 1] + 1;
            }
        }
        var items = new object[r];
        for (var k = 0; k < r; k++)
        {
            items[k] = pool[indices[k]];
        }
        value = new PyTuple(items);
        return true;
    }
}
