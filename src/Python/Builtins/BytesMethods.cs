using System.Globalization;
using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>bytes</c> and <c>bytearray</c>.</summary>
internal static class BytesMethods
{
    /// <summary>The content of a bytes-like object (bytes, bytearray); TypeError otherwise.</summary>
    public static byte[] AsBytes(object o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        IBufferExporter e => e.ExportBytes(),
        _ => throw Ops.TypeError($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };

    /// <summary>CPython's PyObject_Bytes for APIs that take "bytes or anything bytes() accepts" (int.from_bytes):
    /// buffers, __bytes__, then iterables of ints; str and int are refused.</summary>
    public static byte[] FromObject(object o)
    {
        if (Modules.BytesLike.Is(o))
        {
            return Modules.BytesLike.Read(o);
        }
        if (Ops.TryLookupSpecial(o, "__bytes__", out var convert))
        {
            var result = Ops.Call(convert);
            return (result as PyBytes ?? throw Ops.TypeError($"__bytes__ returned non-bytes (type {Ops.TypeName(result)})")).Value;
        }
        if (o is string || Ops.IsIndex(o))
        {
            throw Ops.TypeError($"cannot convert '{Ops.TypeName(o)}' object to bytes");
        }
        return FromSource(o, null, null, "bytes");
    }

    // Pairs of hex digits, ASCII whitespace allowed between pairs; errors give the offending index.
    private static byte[] FromHex(string s)
    {
        var result = new List<byte>(s.Length / 2);
        var i = 0;
        while (true)
        {
            while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f')
            {
                i++;
            }
            if (i >= s.Length)
            {
                return result.ToArray();
            }
            var high = char.IsAsciiHexDigit(s[i]) ? Convert.ToInt32(s[i].ToString(), 16) : throw HexError(i);
            var low = i + 1 < s.Length && char.IsAsciiHexDigit(s[i + 1]) ? Convert.ToInt32(s[i + 1].ToString(), 16) : throw HexError(i + 1);
            result.Add((byte)((high << 4) | low));
            i += 2;
        }
    }

    private static PythonException HexError(int position) =>
        Ops.ValueError($"non-hexadecimal number found in fromhex() arg at position {position}");

    private static bool IsBytesLike(object o) => o is PyBytes or PyByteArray;

    private static object Make(object self, byte[] data) => self is PyByteArray ? new PyByteArray(new List<byte>(data)) : new PyBytes(data);

    public static void Fill(PyType t, bool mutable)
    {
        t.Def("__len__", self => Py.Int(self is PyByteArray ba ? ba.Value.Count : AsBytes(self).Length));
        t.Def("__iter__", self => self is PyByteArray ba ? new BytesIterator(ba.Value, Py.ByteArrayIteratorType) : new BytesIterator(((PyBytes)self).Value, Py.BytesIteratorType));
        t.Def("__getitem__", (self, key) => GetItem(self, key));
        t.Def("__contains__", (self, x) =>
        {
            var data = AsBytes(self);
            if (IntOps.IsInt(x))
            {
                var v = Ops.IndexAsLong(x);
                if (v < 0 || v > 255)
                {
                    throw Ops.ValueError("byte must be in range(0, 256)");
                }
                return Py.Bool(Array.IndexOf(data, (byte)v) >= 0);
            }
            return Py.Bool(data.AsSpan().IndexOf(AsBytes(x)) >= 0);
        });
        t.Def("__add__", (self, other) => IsBytesLike(other) ? Make(self, AsBytes(self).Concat(AsBytes(other)).ToArray()) : Py.NotImplemented);
        t.Def("__mul__", (self, n) => Ops.IsIndex(n) ? Make(self, Repeat(AsBytes(self), Ops.IndexAsLong(n))) : Py.NotImplemented);
        t.Def("__rmul__", (self, n) => Ops.IsIndex(n) ? Make(self, Repeat(AsBytes(self), Ops.IndexAsLong(n))) : Py.NotImplemented);
        t.Def("__mod__", (self, args) => Make(self, Encoding.Latin1.GetBytes(PercentFormatter.Format(Encoding.Latin1.GetString(AsBytes(self)), args, bytesMode: true))));
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            t.Def(name, (self, other) => IsBytesLike(other)
                ? Py.Bool(Ops.CompareResult(AsBytes(self).AsSpan().SequenceCompareTo(AsBytes(other)), op))
                : Py.NotImplemented);
        }
        t.Def("__repr__", self => self is PyByteArray ? $"bytearray({Repr(AsBytes(self), escapeSingleQuote: true)})" : Repr(AsBytes(self)));
        t.DefNamed("decode", new[] { "self", "encoding", "errors" }, 1, a =>
            Codecs.Decode(AsBytes(a[0]!), a[1] as string ?? "utf-8", a[2] as string ?? "strict"));
        t.DefRange("hex", 0, 2, a =>
        {
            var hex = Convert.ToHexString(AsBytes(a[0])).ToLowerInvariant();
            if (a.Length < 2)
            {
                return hex;
            }
            var sep = a[1] as string ?? Encoding.Latin1.GetString(AsBytes(a[1]));
            if (sep.Length != 1)
            {
                throw Ops.ValueError("sep must be length 1.");
            }
            if (sep[0] > 0x7F)
            {
                throw Ops.ValueError("sep must be ASCII.");
            }
            var per = a.Length > 2 ? Ops.IndexAsLong(a[2]) : 1;
            var group = (int)Math.Max(1, Math.Abs(per)) * 2;
            var sb = new StringBuilder();
            // A positive bytes_per_sep counts groups from the right, a negative one from the left.
            var first = per > 0 ? hex.Length % group : group;
            if (first == 0)
            {
                first = group;
            }
            for (var i = 0; i < hex.Length;)
            {
                var len = i == 0 ? Math.Min(first, hex.Length) : Math.Min(group, hex.Length - i);
                if (i > 0)
                {
                    sb.Append(sep);
                }
                sb.Append(hex, i, len);
                i += len;
            }
            return sb.ToString();
        });
        t.DefClass("fromhex", 1, 1, a =>
        {
            var data = FromHex(a[1] as string ?? throw Ops.TypeError($"fromhex() argument must be str, not {Ops.TypeName(a[1])}"));
            return ReferenceEquals(a[0], Py.ByteArrayType) ? new PyByteArray(new List<byte>(data)) : new PyBytes(data);
        });
        t.Def("join", (self, items) =>
        {
            var sep = AsBytes(self);
            var result = new List<byte>();
            var parts = Ops.ToArray(items);
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    result.AddRange(sep);
                }
                if (!Modules.BytesLike.Is(parts[i]))
                {
                    throw Ops.TypeError($"sequence item {i}: expected a bytes-like object, {Ops.TypeName(parts[i])} found");
                }
                result.AddRange(Modules.BytesLike.Read(parts[i]));
            }
            return Make(self, result.ToArray());
        });
        DefTextual(t);
        t.DefRange("translate", 1, 2, a =>
        {
            var data = AsBytes(a[0]);
            var table = a[1] is PyNone ? null : AsBytes(a[1]);
            if (table is not null && table.Length != 256)
            {
                throw Ops.ValueError("translation table must be 256 characters long");
            }
            var delete = a.Length > 2 ? AsBytes(a[2]) : Array.Empty<byte>();
            var result = new List<byte>(data.Length);
            foreach (var b in data)
            {
                if (Array.IndexOf(delete, b) < 0)
                {
                    result.Add(table is null ? b : table[b]);
                }
            }
            return Make(a[0], result.ToArray());
        });
        t.DefStatic("maketrans", 2, 2, a =>
        {
            var from = AsBytes(a[0]);
            var to = AsBytes(a[1]);
            if (from.Length != to.Length)
            {
                throw Ops.ValueError("maketrans arguments must have same length");
            }
            var table = new byte[256];
            for (var i = 0; i < 256; i++)
            {
                table[i] = (byte)i;
            }
            for (var i = 0; i < from.Length; i++)
            {
                table[from[i]] = to[i];
            }
            return new PyBytes(table);
        });
        t.Def("__hash__", self => self is PyByteArray ? throw Ops.TypeError("unhashable type: 'bytearray'") : Py.Int(PyDict.StringHash(Encoding.Latin1.GetString(((PyBytes)self).Value))));
        if (mutable)
        {
            t.Namespace["__hash__"] = Py.None;
            FillMutable(t);
            return;
        }
        t.DefNamed("__new__", new[] { "cls", "source", "encoding", "errors" }, 1, a =>
        {
            if (a[1] is { } source && a[2] is null && a[3] is null && Py.TypeOf(source) != Py.BytesType
                && Ops.TryLookupSpecial(source, "__bytes__", out var convert))
            {
                // bytes(x) asks x.__bytes__ first; bytearray(x) never does.
                var result = Ops.Call(convert);
                var made = result as PyBytes ?? throw Ops.TypeError($"__bytes__ returned non-bytes (type {Ops.TypeName(result)})");
                return ReferenceEquals(a[0], Py.BytesType) ? made : new PyBytes((PyType)a[0]!, made.Value);
            }

            var data = FromSource(a[1], a[2], a[3], "bytes");
            return ReferenceEquals(a[0], Py.BytesType) ? new PyBytes(data) : new PyBytes((PyType)a[0]!, data);
        });
        t.Namespace["__new__"] = new PyStaticMethod(t.Namespace["__new__"]);
        t.Def("__bytes__", self => Py.TypeOf(self) == Py.BytesType ? self : new PyBytes(((PyBytes)self).Value));
        t.Def("__getnewargs__", self => new PyTuple(new object[] { new PyBytes(AsBytes(self)) }));
    }

    // Methods that behave like the str ones on the latin-1 view of the bytes.
    private static void DefTextual(PyType t)
    {
        foreach (var name in new[] { "upper", "lower", "capitalize", "swapcase", "title", "isalpha", "isdigit", "isalnum", "isspace", "islower", "isupper", "istitle", "isascii" })
        {
            var strMethod = (PyBuiltinFunction)Py.StrType.Namespace[name];
            t.Def(name, self => ToBytesResult(self, strMethod.Call1(Text(self))));
        }
        foreach (var name in new[] { "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "partition", "rpartition", "replace", "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "center", "ljust", "rjust", "zfill", "expandtabs", "removeprefix", "removesuffix" })
        {
            var strMethod = (PyBuiltinFunction)Py.StrType.Namespace[name];
            t.DefRaw(name, (args, kw) =>
            {
                var converted = new object[args.Length];
                converted[0] = Text(args[0]);
                for (var i = 1; i < args.Length; i++)
                {
                    converted[i] = args[i] switch
                    {
                        PyBytes { Value.Length: 1 } or PyByteArray { Value.Count: 1 } => Encoding.Latin1.GetString(AsBytes(args[i])),
                        var fill when name is "center" or "ljust" or "rjust" && i == 2 =>
                            throw Ops.TypeError($"{name}() argument 2 must be a byte string of length 1, not {Ops.TypeName(fill)}"),
                        PyBytes or PyByteArray => Encoding.Latin1.GetString(AsBytes(args[i])),
                        PyTuple tu => new PyTuple(Array.ConvertAll(tu.Items, x => x is PyBytes or PyByteArray ? Encoding.Latin1.GetString(AsBytes(x)) : x)),
                        long l when name is "find" or "rfind" or "index" or "rindex" or "count" && i == 1 => ((char)l).ToString(),
                        string => throw Ops.TypeError($"a bytes-like object is required, not 'str'"),
                        var other => other,
                    };
                }
                try
                {
                    return ToBytesResult(args[0], strMethod.Call(converted, kw));
                }
                catch (PythonException e) when (name is "index" or "rindex" && Ops.Matches(e, PyExc.ValueError))
                {
                    throw Ops.ValueError("subsection not found");
                }
            });
        }
    }

    private static string Text(object self) => Encoding.Latin1.GetString(AsBytes(self));

    private static object ToBytesResult(object self, object r) => r switch
    {
        string s => Make(self, Encoding.Latin1.GetBytes(s)),
        PyList l => new PyList(Array.ConvertAll(l.ToArray(), x => ToBytesResult(self, x))),
        PyTuple tu => new PyTuple(Array.ConvertAll(tu.Items, x => ToBytesResult(self, x))),
        _ => r,
    };

    private static void FillMutable(PyType t)
    {
        t.Def("__reduce_ex__", (self, protocol) => ReduceByteArray(self, Ops.IndexAsLong(protocol)));
        t.Def("__reduce__", self => ReduceByteArray(self, 0));
        static List<byte> L(object o) => ((PyByteArray)o).Value;
        static byte ByteValue(object o)
        {
            var v = Ops.IndexAsLong(o);
            return v is >= 0 and <= 255 ? (byte)v : throw Ops.ValueError("byte must be in range(0, 256)");
        }
        t.Def("append", (self, x) =>
        {
            L(self).Add(ByteValue(x));
            return Py.None;
        });
        t.Def("extend", (self, x) =>
        {
            if (IsBytesLike(x))
            {
                L(self).AddRange(AsBytes(x));
            }
            else
            {
                foreach (var v in Ops.ToArray(x))
                {
                    L(self).Add(ByteValue(v));
                }
            }
            return Py.None;
        });
        t.DefRange("pop", 0, 1, a =>
        {
            var l = L(a[0]);
            if (l.Count == 0)
            {
                throw Ops.IndexError("pop from empty bytearray");
            }
            var i = a.Length > 1 ? Ops.SequenceIndex(Ops.IndexAsLong(a[1]), l.Count, "pop") : l.Count - 1;
            var v = l[i];
            l.RemoveAt(i);
            return Py.Int(v);
        });
        t.Def("remove", (self, x) =>
        {
            var l = L(self);
            var i = l.IndexOf(ByteValue(x));
            if (i < 0)
            {
                throw Ops.ValueError("value not found in bytearray");
            }
            l.RemoveAt(i);
            return Py.None;
        });
        t.Def("insert", (self, i, x) =>
        {
            var l = L(self);
            var idx = Ops.IndexAsLong(i);
            if (idx < 0)
            {
                idx = Math.Max(0, idx + l.Count);
            }
            l.Insert((int)Math.Min(idx, l.Count), ByteValue(x));
            return Py.None;
        });
        t.Def("clear", self =>
        {
            L(self).Clear();
            return Py.None;
        });
        t.Def("reverse", self =>
        {
            L(self).Reverse();
            return Py.None;
        });
        t.Def("copy", self => new PyByteArray(new List<byte>(L(self))));
        t.Def("__setitem__", (self, key, value) =>
        {
            var l = L(self);
            if (key is PySlice s)
            {
                var n = Ops.SliceIndices(s, l.Count, out var start, out var stop, out var step);
                var data = IsBytesLike(value) ? AsBytes(value) : Array.ConvertAll(Ops.ToArray(value), ByteValue);
                if (step != 1)
                {
                    if (data.Length != n)
                    {
                        throw Ops.ValueError($"attempt to assign bytes of size {data.Length} to extended slice of size {n}");
                    }
                    for (var k = 0; k < n; k++)
                    {
                        l[start + (k * step)] = data[k];
                    }
                    return Py.None;
                }
                l.RemoveRange(start, Math.Max(0, stop - start));
                l.InsertRange(start, data);
                return Py.None;
            }
            l[Ops.SequenceIndex(key, l.Count, "bytearray")] = ByteValue(value);
            return Py.None;
        });
        t.Def("__delitem__", (self, key) =>
        {
            var l = L(self);
            if (key is PySlice s)
            {
                var n = Ops.SliceIndices(s, l.Count, out var start, out _, out var step);
                var kept = new List<byte>();
                var remove = new HashSet<int>();
                for (var k = 0; k < n; k++)
                {
                    remove.Add(start + (k * step));
                }
                for (var i = 0; i < l.Count; i++)
                {
                    if (!remove.Contains(i))
                    {
                        kept.Add(l[i]);
                    }
                }
                l.Clear();
                l.AddRange(kept);
                return Py.None;
            }
            l.RemoveAt(Ops.SequenceIndex(key, l.Count, "bytearray"));
            return Py.None;
        });
        t.Def("__iadd__", (self, other) =>
        {
            L(self).AddRange(AsBytes(other));
            return self;
        });
        t.DefNamed("__init__", new[] { "self", "source", "encoding", "errors" }, 1, a =>
        {
            var l = L(a[0]!);
            l.Clear();
            l.AddRange(FromSource(a[1], a[2], a[3], "bytearray"));
            return Py.None;
        });
        t.DefNew((cls, args, kw) => new PyByteArray(cls, new List<byte>()));
    }

    private static byte[] FromSource(object? source, object? encoding, object? errors, string target)
    {
        switch (source)
        {
            case null when encoding is not null:
                throw Ops.TypeError("encoding without a string argument");
            case null when errors is not null:
                throw Ops.TypeError("errors without a string argument");
            case null:
                return Array.Empty<byte>();
            case string s:
                if (encoding is null)
                {
                    throw Ops.TypeError("string argument without an encoding");
                }
                return Codecs.Encode(s, (string)encoding, errors as string ?? "strict");
            case PyBytes or PyByteArray or IBufferExporter:
                return AsBytes(source);
        }
        if (encoding is not null || errors is not null)
        {
            throw Ops.TypeError(encoding is not null ? "encoding without a string argument" : "errors without a string argument");
        }
        if (Ops.IsIndex(source))
        {
            var n = Ops.IndexAsLong(source);
            return n < 0 ? throw Ops.ValueError("negative count") : new byte[n];
        }
        if (Py.TypeOf(source).Slots[(int)SlotId.Iter] is null && Py.TypeOf(source).Slots[(int)SlotId.GetItem] is null)
        {
            throw Ops.TypeError($"cannot convert '{Ops.TypeName(source)}' object to {target}");
        }
        var items = Ops.ToArray(source);
        var result = new byte[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var v = Ops.IndexAsLong(items[i]);
            result[i] = v is >= 0 and <= 255 ? (byte)v : throw Ops.ValueError("bytes must be in range(0, 256)");
        }
        return result;
    }

    private static byte[] Repeat(byte[] data, long n)
    {
        if (n <= 0)
        {
            return Array.Empty<byte>();
        }
        var r = new byte[data.Length * n];
        for (var i = 0; i < n; i++)
        {
            data.CopyTo(r, i * data.Length);
        }
        return r;
    }

    private static object GetItem(object self, object key)
    {
        var data = self is PyByteArray ba ? ba.Value.ToArray() : ((PyBytes)self).Value;
        if (key is PySlice s)
        {
            var n = Ops.SliceIndices(s, data.Length, out var start, out _, out var step);
            var r = new byte[n];
            for (var k = 0; k < n; k++)
            {
                r[k] = data[start + (k * step)];
            }
            return Make(self, r);
        }
        if (!Ops.IsIndex(key))
        {
            throw Ops.TypeError($"byte indices must be integers or slices, not {Ops.TypeName(key)}");
        }
        return Py.Int(data[Ops.SequenceIndex(key, data.Length, self is PyByteArray ? "bytearray" : "index")]);
    }

    /// <summary>b'...' repr: single quotes unless the bytes contain ' and no ".</summary>
    public static string Repr(byte[] data, bool escapeSingleQuote = false)
    {
        var hasSingle = Array.IndexOf(data, (byte)'\'') >= 0;
        var quote = hasSingle && Array.IndexOf(data, (byte)'"') < 0 ? '"' : '\'';
        var sb = new StringBuilder("b").Append(quote);
        foreach (var b in data)
        {
            switch (b)
            {
                case (byte)'\\':
                    sb.Append("\\\\");
                    break;
                case (byte)'\n':
                    sb.Append("\\n");
                    break;
                case (byte)'\r':
                    sb.Append("\\r");
                    break;
                case (byte)'\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (b == quote || (escapeSingleQuote && b == '\''))
                    {
                        sb.Append('\\').Append((char)b);
                    }
                    else if (b < 0x20 || b >= 0x7f)
                    {
                        sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append((char)b);
                    }
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }

    // Before protocol 3 pickles had no bytes type, so the value travels as a latin-1 str.
    private static PyTuple ReduceByteArray(object self, long protocol)
    {
        var value = ((PyByteArray)self).Value.ToArray();
        var args = protocol < 3
            ? new PyTuple([System.Text.Encoding.Latin1.GetString(value), "latin-1"])
            : new PyTuple([new PyBytes(value)]);
        return new PyTuple([Py.TypeOf(self), args, self is PyObject { Dict: { } d } ? d : Py.None]);
    }
}
