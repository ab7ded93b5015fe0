using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Arrays;

/// <summary>array.array: typed arrays of numbers or characters with CPython 3.11's methods, reprs and messages.</summary>
internal static class ArrayType
{
    public static readonly PyType Iterator = Py.DefineType("arrayiterator", null, TypeFlags.None, "array", t =>
    {
        t.CName = "array.arrayiterator";
        t.Def("__iter__", self => self).Intrinsic = Intrinsic.IterSelf;
        t.Def("__next__", self => ((PyIterator)self).TryNext(out var v) ? v : throw Ops.StopIteration());
    });

    public static readonly PyType Type = Py.DefineType("array", null, TypeFlags.BaseType, "array", t =>
    {
        t.CName = "array.array";
        t.Namespace["__doc__"] = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable over elements of the appropriate type.";
        t.DefNew((cls, args, kw) => Create(cls, args, kw));
        t.Prop("typecode", self => A(self).Code.Code.ToString());
        t.Prop("itemsize", self => Py.Int(A(self).Code.Size));
        t.Def("append", (self, x) => Done(() => A(self).Append(x)));
        t.Def("extend", (self, x) => Done(() => Extend(A(self), x)));
        t.Def("insert", (self, i, x) => Done(() => A(self).Insert(Clamp(Ops.IndexAsLongClamped(i), A(self).Length), x)));
        t.DefRange("pop", 0, 1, a => Pop(A(a[0]), a.Length > 1 ? Ops.IndexAsLongClamped(a[1]) : -1));
        t.Def("remove", (self, x) => Done(() => A(self).RemoveRange(Find(A(self), x, 0, long.MaxValue, "remove"), 1)));
        t.DefRange("index", 1, 3, a => Py.Int(Find(A(a[0]), a[1], a.Length > 2 ? Ops.IndexAsLongClamped(a[2]) : 0, a.Length > 3 ? Ops.IndexAsLongClamped(a[3]) : long.MaxValue, "index")));
        t.Def("count", (self, x) => Py.Int(A(self).ToArray().Count(item => Equal(item, x))));
        t.Def("reverse", self => Done(() => A(self).Reverse()));
        t.Def("byteswap", self => Done(() => A(self).Byteswap()));
        t.Def("buffer_info", self => new PyTuple([Py.Int(Ops.IdentityHash(self)), Py.Int(A(self).Length)]));
        t.Def("tolist", self => new PyList(A(self).ToArray()));
        t.Def("fromlist", (self, list) => Done(() => FromList(A(self), list)));
        t.Def("tobytes", self => new PyBytes(A(self).ExportBytes()));
        t.Def("frombytes", (self, b) => Done(() => A(self).AppendBytes(BytesLike.Read(b))));
        t.Def("tounicode", self => ToUnicode(A(self)));
        t.Def("fromunicode", (self, s) => Done(() => FromUnicode(A(self), s)));
        t.Def("tofile", (self, f) => Done(() => ToFile(A(self), f)));
        t.Def("fromfile", (self, f, n) => Done(() => FromFile(A(self), f, n)));
        t.Def("__len__", self => Py.Int(A(self).Length));
        t.Def("__getitem__", (self, key) => GetItem(A(self), key));
        t.Def("__setitem__", (self, key, value) => Done(() => SetItem(A(self), key, value)));
        t.Def("__delitem__", (self, key) => Done(() => DelItem(A(self), key)));
        t.Def("__contains__", (self, x) => Py.Bool(A(self).ToArray().Any(item => Equal(item, x))));
        t.Def("__iter__", self => new ArrayIterator(A(self)));
        t.Def("__repr__", self => Repr(A(self)));
        t.Namespace["__hash__"] = Py.None;
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            t.Def(name, (self, other) => other is ArrayObject o ? Compare(A(self), o, op) : Py.NotImplemented);
        }
        t.Def("__add__", (self, other) =>
        {
            var b = other as ArrayObject ?? throw Ops.TypeError($"can only append array (not \"{Ops.TypeName(other)}\") to array");
            if (b.Code.Code != A(self).Code.Code)
            {
                throw Ops.TypeError("bad argument type for built-in operation");
            }
            var result = Copy(A(self));
            result.AppendBytes(b.Bytes);
            return result;
        });
        t.Def("__iadd__", (self, other) =>
        {
            if (other is not ArrayObject)
            {
                throw Ops.TypeError($"can only extend array with array (not \"{Ops.TypeName(other)}\")");
            }
            Extend(A(self), other);
            return self;
        });
        t.Def("__mul__", (self, n) => Repeat(Copy(A(self)), n));
        t.Def("__rmul__", (self, n) => Repeat(Copy(A(self)), n));
        t.Def("__imul__", (self, n) => Repeat(A(self), n));
        t.Def("__copy__", self => Copy(A(self)));
        t.Def("__deepcopy__", (self, memo) => Copy(A(self)));
        t.Def("__reduce_ex__", (self, protocol) => new PyTuple([Py.TypeOf(self), new PyTuple([A(self).Code.Code.ToString(), new PyList(A(self).ToArray())]), Py.None]));
    });

    private static ArrayObject A(object self) => (ArrayObject)self;

    private static object Done(Action action)
    {
        action();
        return Py.None;
    }

    private static ArrayObject Create(PyType cls, object[] args, string[]? kw)
    {
        if (kw is { Length: > 0 } && ReferenceEquals(cls, Type))
        {
            throw Ops.TypeError("array.array() takes no keyword arguments");
        }
        if (args.Length is < 1 or > 2)
        {
            throw Ops.TypeError(args.Length == 0 ? "array() takes at least 1 argument (0 given)" : $"array() takes at most 2 arguments ({args.Length} given)");
        }
        if (args[0] is not string typecode || CodePoints.Length(typecode) != 1)
        {
            throw Ops.TypeError($"array() argument 1 must be a unicode character, not {Ops.TypeName(args[0])}");
        }
        var code = (typecode.Length == 1 ? ArrayCode.Find(typecode[0]) : null)
            ?? throw Ops.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        var array = new ArrayObject(cls, code);
        if (args.Length == 1 || args[1] is PyNone)
        {
            return array;
        }
        var init = args[1];
        if (init is string text)
        {
            if (!code.IsUnicode)
            {
                throw Ops.TypeError($"cannot use a str to initialize an array with typecode '{code.Code}'");
            }
            FromUnicode(array, text);
        }
        else if (init is ArrayObject { Code.IsUnicode: true } && !code.IsUnicode)
        {
            throw Ops.TypeError($"cannot use a unicode array to initialize an array with typecode '{code.Code}'");
        }
        else if (init is ArrayObject other && other.Code.Code == code.Code)
        {
            array.AppendBytes(other.Bytes);
        }
        else if (init is PyBytes or PyByteArray)
        {
            array.AppendBytes(BytesLike.Read(init));
        }
        else
        {
            // Any other iterable, arrays of another typecode included, goes value by value.
            var it = Ops.GetIter(init);
            while (Ops.TryNext(it, out var x))
            {
                array.Append(x);
            }
        }
        return array;
    }

    private static void Extend(ArrayObject self, object source)
    {
        if (source is ArrayObject other)
        {
            if (other.Code.Code != self.Code.Code)
            {
                throw Ops.TypeError("can only extend with array of same kind");
            }
            self.AppendBytes(other.Bytes);
            return;
        }
        var it = Ops.GetIter(source);
        while (Ops.TryNext(it, out var x))
        {
            self.Append(x);
        }
    }

    private static void FromList(ArrayObject self, object list)
    {
        if (list is not PyList)
        {
            throw Ops.TypeError("arg must be list");
        }
        // All or nothing: a bad item leaves the array as it was.
        var before = self.Length;
        try
        {
            foreach (var x in Ops.ToArray(list))
            {
                self.Append(x);
            }
        }
        catch (PythonException)
        {
            self.Truncate(before);
            throw;
        }
    }

    private static string ToUnicode(ArrayObject self)
    {
        if (!self.Code.IsUnicode)
        {
            throw Ops.ValueError("tounicode() may only be called on unicode type arrays");
        }
        return string.Concat(self.ToArray().Cast<string>());
    }

    private static void FromUnicode(ArrayObject self, object value)
    {
        if (value is not string text)
        {
            throw Ops.TypeError($"fromunicode() argument must be str, not {Ops.TypeName(value)}");
        }
        if (!self.Code.IsUnicode)
        {
            throw Ops.ValueError("fromunicode() may only be called on unicode type arrays");
        }
        for (var i = 0; i < text.Length; i += CodePoints.Width(text, i))
        {
            self.Append(CodePoints.FromCodePoint(CodePoints.At(text, i)));
        }
    }

    private static void ToFile(ArrayObject self, object file)
    {
        // Written in 64 KiB blocks, as CPython does, so huge arrays need no second full copy.
        const int Block = 64 * 1024;
        var bytes = self.ExportBytes();
        for (var at = 0; at < bytes.Length; at += Block)
        {
            Ops.CallMethod(file, "write", new PyBytes(bytes.AsSpan(at, Math.Min(Block, bytes.Length - at)).ToArray()));
        }
    }

    private static void FromFile(ArrayObject self, object file, object count)
    {
        var n = Ops.IndexAsLong(count);
        if (n < 0)
        {
            throw Ops.ValueError("negative count");
        }
        var wanted = n * self.Code.Size;
        var read = Ops.CallMethod(file, "read", Py.Int(wanted));
        if (read is not PyBytes bytes)
        {
            throw Ops.TypeError("read() didn't return bytes");
        }
        var whole = bytes.Value.Length / self.Code.Size * self.Code.Size;
        self.AppendBytes(bytes.Value.AsSpan(0, whole));
        if (bytes.Value.Length != wanted)
        {
            throw Ops.Error(PyExc.EOFError, "read() didn't return enough bytes");
        }
    }

    private static object Pop(ArrayObject self, long index)
    {
        if (self.Length == 0)
        {
            throw Ops.IndexError("pop from empty array");
        }
        if (index < 0)
        {
            index += self.Length;
        }
        if (index < 0 || index >= self.Length)
        {
            throw Ops.IndexError("pop index out of range");
        }
        var value = self.Get((int)index);
        self.RemoveRange((int)index, 1);
        return value;
    }

    private static int Find(ArrayObject self, object x, long start, long stop, string method)
    {
        var from = Clamp(start, self.Length);
        var to = Clamp(stop, self.Length);
        for (var i = from; i < to && i < self.Length; i++)
        {
            if (Equal(self.Get(i), x))
            {
                return i;
            }
        }
        throw Ops.ValueError($"array.{method}(x): x not in array");
    }

    private static bool Equal(object item, object x) => Ops.Is(item, x) || Ops.CompareBool(item, x, CompareOp.Eq);

    private static int Clamp(long index, int length)
    {
        if (index < 0)
        {
            index = Math.Max(0, index + length);
        }
        return (int)Math.Min(index, length);
    }

    private static object GetItem(ArrayObject self, object key)
    {
        if (key is PySlice s)
        {
            var n = Ops.SliceIndices(s, self.Length, out var start, out _, out var step);
            var result = new ArrayObject(Type, self.Code);
            var size = self.Code.Size;
            var bytes = new byte[n * size];
            for (var k = 0; k < n; k++)
            {
                self.Bytes.Slice((start + (k * step)) * size, size).CopyTo(bytes.AsSpan(k * size));
            }
            result.AppendBytes(bytes);
            return result;
        }
        if (!Ops.IsIndex(key))
        {
            throw Ops.TypeError("array indices must be integers");
        }
        return self.Get(Ops.SequenceIndex(key, self.Length, "array"));
    }

    private static void SetItem(ArrayObject self, object key, object value)
    {
        if (key is not PySlice s)
        {
            if (!Ops.IsIndex(key))
            {
                throw Ops.TypeError("array indices must be integers");
            }
            self.Set(Ops.SequenceIndex(key, self.Length, "array assignment"), value);
            return;
        }
        var source = value as ArrayObject ?? throw Ops.TypeError($"can only assign array (not \"{Ops.TypeName(value)}\") to array slice");
        if (source.Code.Code != self.Code.Code)
        {
            throw Ops.TypeError("bad argument type for built-in operation");
        }
        var incoming = source.ExportBytes();
        var size = self.Code.Size;
        var n = Ops.SliceIndices(s, self.Length, out var start, out var stop, out var step);
        if (step == 1)
        {
            // A simple slice may change the length.
            var end = Math.Max(start, stop);
            var old = self.Bytes;
            var combined = new byte[old.Length - ((end - start) * size) + incoming.Length];
            old[..(start * size)].CopyTo(combined);
            incoming.CopyTo(combined.AsSpan(start * size));
            old[(end * size)..].CopyTo(combined.AsSpan((start * size) + incoming.Length));
            self.Replace(combined);
            return;
        }
        if (source.Length != n)
        {
            throw Ops.ValueError($"attempt to assign array of size {source.Length} to extended slice of size {n}");
        }
        for (var k = 0; k < n; k++)
        {
            self.Set(start + (k * step), source.Get(k));
        }
    }

    private static void DelItem(ArrayObject self, object key)
    {
        if (key is not PySlice s)
        {
            if (!Ops.IsIndex(key))
            {
                throw Ops.TypeError("array indices must be integers");
            }
            self.RemoveRange(Ops.SequenceIndex(key, self.Length, "array assignment"), 1);
            return;
        }
        var n = Ops.SliceIndices(s, self.Length, out var start, out _, out var step);
        var doomed = new HashSet<int>();
        for (var k = 0; k < n; k++)
        {
            doomed.Add(start + (k * step));
        }
        var size = self.Code.Size;
        var kept = new List<byte>(self.Bytes.Length);
        for (var i = 0; i < self.Length; i++)
        {
            if (!doomed.Contains(i))
            {
                kept.AddRange(self.Bytes.Slice(i * size, size));
            }
        }
        self.Replace(kept.ToArray());
    }

    private static ArrayObject Copy(ArrayObject self)
    {
        var copy = new ArrayObject(Type, self.Code);
        copy.AppendBytes(self.Bytes);
        return copy;
    }

    private static ArrayObject Repeat(ArrayObject target, object n)
    {
        if (!Ops.IsIndex(n))
        {
            throw Ops.TypeError($"can't multiply sequence by non-int of type '{Ops.TypeName(n)}'");
        }
        var times = Math.Max(0, Ops.IndexAsLongClamped(n));
        var once = target.ExportBytes();
        if ((long)once.Length * times > int.MaxValue)
        {
            throw Ops.Error(PyExc.MemoryError, "");
        }
        var bytes = new byte[once.Length * (int)times];
        for (var k = 0; k < times; k++)
        {
            once.CopyTo(bytes, k * once.Length);
        }
        target.Replace(bytes);
        return target;
    }

    private static object Compare(ArrayObject a, ArrayObject b, CompareOp op)
    {
        if (a.Length != b.Length && op is CompareOp.Eq or CompareOp.Ne)
        {
            return Py.Bool(op == CompareOp.Ne);
        }
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var x = a.Get(i);
            var y = b.Get(i);
            if (!Ops.CompareBool(x, y, CompareOp.Eq))
            {
                return op switch
                {
                    CompareOp.Eq => Py.False,
                    CompareOp.Ne => Py.True,
                    _ => Ops.Compare(x, y, op),
                };
            }
        }
        return Ops.Compare(Py.Int(a.Length), Py.Int(b.Length), op);
    }

    private static string Repr(ArrayObject self)
    {
        var name = Py.TypeOf(self).Name;
        var code = self.Code.Code;
        if (self.Length == 0)
        {
            return $"{name}('{code}')";
        }
        var items = self.Code.IsUnicode ? Ops.Repr(ToUnicode(self)) : Ops.Repr(new PyList(self.ToArray()));
        return $"{name}('{code}', {items})";
    }
}

/// <summary>Iterates an array by position, so appends during iteration are seen as in CPython.</summary>
internal sealed class ArrayIterator(ArrayObject array) : PyIterator(ArrayType.Iterator)
{
    private int position;

    public override bool TryNext(out object value)
    {
        value = Py.None;
        if (position >= array.Length)
        {
            position = int.MaxValue;
            return false;
        }
        value = array.Get(position++);
        return true;
    }
}
