using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>collections.deque: a ring buffer with O(1) operations at both ends, an optional maxlen, CPython's messages.</summary>
internal static class DequeType
{
    public static readonly PyType Iterator = Py.DefineType("_deque_iterator", null, TypeFlags.None, "_collections", DefineIterator);

    public static readonly PyType ReverseIterator = Py.DefineType("_deque_reverse_iterator", null, TypeFlags.None, "_collections", DefineIterator);

    public static readonly PyType Type = Py.DefineType("deque", null, TypeFlags.BaseType, "collections", t =>
    {
        t.Namespace["__doc__"] = "A list-like sequence optimized for data accesses near its endpoints.";
        t.DefNew((cls, args, kw) => new DequeObject(cls));
        t.DefRaw("__init__", (args, kw) =>
        {
            var a = ItertoolsArgs.Bind("deque", args[1..], kw, ["iterable", "maxlen"], 0);
            var self = D(args[0]);
            self.MaxLen = a[1] is null or PyNone ? -1 : MaxLen(a[1]!);
            self.Clear();
            if (a[0] is { } iterable)
            {
                self.ExtendRight(iterable);
            }
            return Py.None;
        });
        t.Prop("maxlen", self => D(self).MaxLen < 0 ? Py.None : Py.Int(D(self).MaxLen));
        t.Def("append", (self, x) => Done(() => D(self).PushRight(x)));
        t.Def("appendleft", (self, x) => Done(() => D(self).PushLeft(x)));
        t.Def("pop", self => D(self).PopRight());
        t.Def("popleft", self => D(self).PopLeft());
        t.Def("extend", (self, it) => Done(() => D(self).ExtendRight(it)));
        t.Def("extendleft", (self, it) => Done(() => D(self).ExtendLeft(it)));
        t.Def("clear", self => Done(() => D(self).Clear()));
        t.Def("copy", self => D(self).Copy());
        t.Def("__copy__", self => D(self).Copy());
        t.Def("count", (self, x) => Py.Int(D(self).Count(x)));
        t.DefRange("index", 1, 3, a => Py.Int(D(a[0]).IndexOf(a[1], a.Length > 2 ? a[2] : Py.Int(0), a.Length > 3 ? a[3] : Py.Int(long.MaxValue))));
        t.Def("insert", (self, i, x) => Done(() => D(self).Insert(Ops.IndexAsLongClamped(i), x)));
        t.Def("remove", (self, x) => Done(() => D(self).Remove(x)));
        t.Def("reverse", self => Done(() => D(self).Reverse()));
        t.DefRange("rotate", 0, 1, a => Done(() => D(a[0]).Rotate(a.Length > 1 ? Ops.IndexAsLongClamped(a[1]) : 1)));
        t.Def("__len__", self => Py.Int(D(self).Length));
        t.Def("__getitem__", (self, i) => D(self).Get(D(self).Index(i)));
        t.Def("__setitem__", (self, i, x) => Done(() => D(self).Set(D(self).Index(i), x)));
        t.Def("__delitem__", (self, i) => Done(() => D(self).RemoveAt(D(self).Index(i))));
        t.Def("__contains__", (self, x) => Py.Bool(D(self).Count(x, stopAtFirst: true) > 0));
        t.Def("__iter__", self => new DequeIterator(Iterator, D(self), reverse: false));
        t.Def("__reversed__", self => new DequeIterator(ReverseIterator, D(self), reverse: true));
        t.Def("__repr__", self => Ops.ReprGuarded(self, "[...]", () => D(self).Describe()));
        t.Namespace["__hash__"] = Py.None;
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            t.Def(name, (self, other) => other is DequeObject o ? Ops.Compare(D(self).ToList(), o.ToList(), op) : Py.NotImplemented);
        }
        t.Def("__add__", (self, other) =>
        {
            if (other is not DequeObject)
            {
                throw Ops.TypeError($"can only concatenate deque (not \"{Ops.TypeName(other)}\") to deque");
            }
            var result = D(self).Copy();
            result.ExtendRight(other);
            return result;
        });
        t.Def("__iadd__", (self, other) =>
        {
            D(self).ExtendRight(other);
            return self;
        });
        t.Def("__mul__", (self, n) => Repeated(D(self).Copy(), n));
        t.Def("__rmul__", (self, n) => Repeated(D(self).Copy(), n));
        t.Def("__imul__", (self, n) => Repeated(D(self), n));
        t.Def("__reduce__", self =>
        {
            var args = D(self).MaxLen < 0 ? Py.EmptyTuple : new PyTuple([Py.EmptyTuple, Py.Int(D(self).MaxLen)]);
            object state = self is PyObject { Dict: { } d } ? d : Py.None;
            return new PyTuple([Py.TypeOf(self), args, state, new DequeIterator(Iterator, D(self), reverse: false)]);
        });
        t.DefClass("__class_getitem__", 1, 1, a => new PyGenericAlias(a[0], a[1] as PyTuple ?? new PyTuple([a[1]])));
    });

    private static void DefineIterator(PyType t)
    {
        t.Def("__iter__", self => self).Intrinsic = Intrinsic.IterSelf;
        t.Def("__next__", self => ((PyIterator)self).TryNext(out var v) ? v : throw Ops.StopIteration());
        t.Def("__length_hint__", self => Py.Int(((PyIterator)self).LengthHint));
    }

    private static DequeObject D(object self) => (DequeObject)self;

    private static object Done(Action action)
    {
        action();
        return Py.None;
    }

    private static int MaxLen(object value)
    {
        var n = Ops.IndexAsLongClamped(value);
        return n < 0 ? throw Ops.ValueError("maxlen must be non-negative") : (int)Math.Min(n, int.MaxValue);
    }

    private static DequeObject Repeated(DequeObject target, object n)
    {
        if (!IntOps.IsInt(n) && Py.TypeOf(n).Slots[(int)SlotId.Index] is null)
        {
            throw Ops.TypeError($"can't multiply sequence by non-int of type '{Ops.TypeName(n)}'");
        }
        var times = Math.Max(0, Ops.IndexAsLongClamped(n));
        var items = target.ToArray();
        target.Clear();
        if (items.Length == 0)
        {
            return target;
        }
        // Only the last maxlen items of the repeated sequence survive, so only those are pushed.
        var total = Math.Min(times, long.MaxValue / items.Length) * items.Length;
        var keep = target.MaxLen >= 0 ? Math.Min(total, target.MaxLen) : total;
        for (var j = total - keep; j < total; j++)
        {
            target.PushRight(items[j % items.Length]);
        }
        return target;
    }
}

/// <summary>The storage of a deque: a growable ring buffer; <see cref="State"/> changes on every mutation.</summary>
internal sealed class DequeObject(PyType type) : PyObject(type)
{
    private object[] buffer = new object[8];
    private int head;

    public int Length { get; private set; }

    /// <summary>-1 when unbounded.</summary>
    public int MaxLen { get; set; } = -1;

    /// <summary>Bumped by mutations so iterators can report "deque mutated during iteration".</summary>
    public long State { get; private set; }

    public object Get(int i) => buffer[(head + i) % buffer.Length];

    public void Set(int i, object value) => buffer[(head + i) % buffer.Length] = value;

    public void PushRight(object x)
    {
        State++;
        if (MaxLen == 0)
        {
            return;
        }
        if (Length == MaxLen)
        {
            DropLeft();
        }
        Grow();
        buffer[(head + Length) % buffer.Length] = x;
        Length++;
    }

    public void PushLeft(object x)
    {
        State++;
        if (MaxLen == 0)
        {
            return;
        }
        if (Length == MaxLen)
        {
            DropRight();
        }
        Grow();
        head = (head - 1 + buffer.Length) % buffer.Length;
        buffer[head] = x;
        Length++;
    }

    public object PopRight()
    {
        if (Length == 0)
        {
            throw Ops.IndexError("pop from an empty deque");
        }
        State++;
        return DropRight();
    }

    public object PopLeft()
    {
        if (Length == 0)
        {
            throw Ops.IndexError("pop from an empty deque");
        }
        State++;
        return DropLeft();
    }

    public void ExtendRight(object iterable)
    {
        var it = Ops.GetIter(ReferenceEquals(iterable, this) ? new PyList(ToArray()) : iterable);
        State++;
        while (Ops.TryNext(it, out var x))
        {
            PushRight(x);
        }
    }

    public void ExtendLeft(object iterable)
    {
        var it = Ops.GetIter(ReferenceEquals(iterable, this) ? new PyList(ToArray()) : iterable);
        State++;
        while (Ops.TryNext(it, out var x))
        {
            PushLeft(x);
        }
    }

    public void Clear()
    {
        State++;
        buffer = new object[8];
        head = 0;
        Length = 0;
    }

    public DequeObject Copy()
    {
        if (ReferenceEquals(Type, DequeType.Type))
        {
            var copy = new DequeObject(Type) { MaxLen = MaxLen };
            foreach (var x in ToArray())
            {
                copy.PushRight(x);
            }
            return copy;
        }
        var args = MaxLen < 0 ? new object[] { this } : new object[] { this, Py.Int(MaxLen) };
        return Ops.Call(Type, args) as DequeObject ?? throw Ops.TypeError($"{Type.Name}() did not return a deque");
    }

    public long Count(object x, bool stopAtFirst = false)
    {
        var state = State;
        long n = 0;
        for (var i = 0; i < Length; i++)
        {
            var item = Get(i);
            if (Ops.Is(item, x) || Ops.CompareBool(item, x, CompareOp.Eq))
            {
                n++;
                if (stopAtFirst)
                {
                    return n;
                }
            }
            if (state != State)
            {
                throw Ops.RuntimeError("deque mutated during iteration");
            }
        }
        return n;
    }

    public long IndexOf(object x, object start, object stop)
    {
        var from = Clamp(Ops.IndexAsLongClamped(start));
        var to = Clamp(Ops.IndexAsLongClamped(stop));
        var state = State;
        for (var i = from; i < to && i < Length; i++)
        {
            var item = Get(i);
            if (Ops.Is(item, x) || Ops.CompareBool(item, x, CompareOp.Eq))
            {
                return i;
            }
            if (state != State)
            {
                throw Ops.RuntimeError("deque mutated during iteration");
            }
        }
        throw Ops.ValueError($"{Ops.Repr(x)} is not in deque");
    }

    public void Insert(long index, object x)
    {
        if (MaxLen >= 0 && Length >= MaxLen)
        {
            throw Ops.IndexError("deque already at its maximum size");
        }
        var items = new List<object>(ToArray());
        items.Insert(Clamp(index), x);
        Refill(items);
    }

    public void Remove(object x)
    {
        for (var i = 0; i < Length; i++)
        {
            var item = Get(i);
            var state = State;
            if (Ops.Is(item, x) || Ops.CompareBool(item, x, CompareOp.Eq))
            {
                if (state != State)
                {
                    throw Ops.IndexError("deque mutated during remove().");
                }
                RemoveAt(i);
                return;
            }
        }
        throw Ops.ValueError($"{Ops.Repr(x)} is not in deque");
    }

    public void RemoveAt(int i)
    {
        var items = new List<object>(ToArray());
        items.RemoveAt(i);
        Refill(items);
    }

    public void Reverse()
    {
        var items = ToArray();
        Array.Reverse(items);
        Refill(items);
    }

    public void Rotate(long n)
    {
        if (Length <= 1)
        {
            return;
        }
        var k = (int)(((n % Length) + Length) % Length);
        if (k == 0)
        {
            return;
        }
        var items = ToArray();
        var rotated = new object[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            rotated[(i + k) % items.Length] = items[i];
        }
        Refill(rotated);
    }

    /// <summary>A sequence index: ints (or __index__) only, negative from the end, in range.</summary>
    public int Index(object key)
    {
        if (!IntOps.IsInt(key) && Py.TypeOf(key).Slots[(int)SlotId.Index] is null)
        {
            throw Ops.TypeError($"sequence index must be integer, not '{Ops.TypeName(key)}'");
        }
        var i = Ops.IndexAsLongClamped(key);
        if (i < 0)
        {
            i += Length;
        }
        return i < 0 || i >= Length ? throw Ops.IndexError("deque index out of range") : (int)i;
    }

    public object[] ToArray()
    {
        var items = new object[Length];
        for (var i = 0; i < Length; i++)
        {
            items[i] = Get(i);
        }
        return items;
    }

    public PyList ToList() => new(ToArray());

    public string Describe()
    {
        var items = Ops.Repr(ToList());
        return MaxLen < 0 ? $"{Type.Name}({items})" : $"{Type.Name}({items}, maxlen={MaxLen})";
    }

    private int Clamp(long index)
    {
        if (index < 0)
        {
            index = Math.Max(0, index + Length);
        }
        return (int)Math.Min(index, Length);
    }

    private void Refill(IEnumerable<object> items)
    {
        var array = items.ToArray();
        State++;
        buffer = new object[Math.Max(8, array.Length * 2)];
        Array.Copy(array, buffer, array.Length);
        head = 0;
        Length = array.Length;
    }

    private void Grow()
    {
        if (Length < buffer.Length)
        {
            return;
        }
        var bigger = new object[buffer.Length * 2];
        for (var i = 0; i < Length; i++)
        {
            bigger[i] = Get(i);
        }
        buffer = bigger;
        head = 0;
    }

    private object DropLeft()
    {
        var x = buffer[head];
        buffer[head] = null!;
        head = (head + 1) % buffer.Length;
        Length--;
        return x;
    }

    private object DropRight()
    {
        var at = (head + Length - 1) % buffer.Length;
        var x = buffer[at];
        buffer[at] = null!;
        Length--;
        return x;
    }
}

/// <summary>Iterates a deque from either end, failing if the deque changes meanwhile.</summary>
internal sealed class DequeIterator(PyType type, DequeObject deque, bool reverse) : PyIterator(type)
{
    private readonly long state = deque.State;
    private int position;

    public override bool TryNext(out object value)
    {
        value = Py.None;
        if (position >= deque.Length)
        {
            return false;
        }
        if (state != deque.State)
        {
            throw Ops.RuntimeError("deque mutated during iteration");
        }
        value = deque.Get(reverse ? deque.Length - 1 - position : position);
        position++;
        return true;
    }

    public override int LengthHint => Math.Max(0, deque.Length - position);
}
