using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Struct;

/// <summary><c>_struct</c>: pack/unpack functions over compiled formats (cached per engine); struct.py adds the Struct class.</summary>
internal static class StructModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var errorType = ModuleErrors.Define("struct", "error", PyExc.Exception);
        d["error"] = errorType;
        PythonException Error(string message) => Ops.Error(errorType, message);
        var codec = new StructCodec(Error);
        var cache = new Dictionary<string, StructFormat>();

        StructFormat Format(object fmt)
        {
            var text = fmt switch
            {
                string s => s,
                PyBytes b => System.Text.Encoding.Latin1.GetString(b.Value),
                _ => throw Ops.TypeError($"Struct() argument 1 must be a str or bytes object, not {Ops.TypeName(fmt)}"),
            };
            if (!cache.TryGetValue(text, out var f))
            {
                f = StructFormat.Compile(text, out var message) ?? throw Error(message!);
                if (cache.Count > 256)
                {
                    cache.Clear();
                }
                cache[text] = f;
            }
            return f;
        }

        byte[] Pack(string who, StructFormat f, ReadOnlySpan<object> values)
        {
            if (values.Length != f.Values)
            {
                throw Error($"{who} expected {f.Values} items for packing (got {values.Length})");
            }
            var buffer = new byte[f.Size];
            codec.Pack(f, values, buffer);
            return buffer;
        }

        d["calcsize"] = new PyBuiltinFunction("calcsize", null, fmt => Py.Int(Format(fmt).Size));
        d["_clearcache"] = new PyBuiltinFunction("_clearcache", null, () =>
        {
            cache.Clear();
            return Py.None;
        });
        d["pack"] = new PyBuiltinFunction("pack", null, 1, -1, a => new PyBytes(Pack("pack", Format(a[0]), a.AsSpan(1))));
        d["pack_into"] = new PyBuiltinFunction("pack_into", null, 1, -1, a =>
        {
            var f = Format(a[0]);
            if (a.Length < 2)
            {
                throw Error("pack_into expected buffer argument");
            }
            if (a.Length < 3)
            {
                throw Error("pack_into expected offset argument");
            }
            var target = BytesLike.Writable(a[1]);
            var packed = Pack("pack_into", f, a.AsSpan(3));
            var offset = Ops.IndexAsLong(a[2]);
            if (offset < 0)
            {
                if (offset + f.Size > 0)
                {
                    throw Error($"no space to pack {f.Size} bytes at offset {offset}");
                }
                if (offset + target.Count < 0)
                {
                    throw Error($"offset {offset} out of range for {target.Count}-byte buffer");
                }
                offset += target.Count;
            }
            if (target.Count - offset < f.Size)
            {
                throw Error($"pack_into requires a buffer of at least {f.Size + offset} bytes for packing {f.Size} bytes at offset {offset} (actual buffer size is {target.Count})");
            }
            for (var i = 0; i < packed.Length; i++)
            {
                target[(int)offset + i] = packed[i];
            }
            return Py.None;
        });
        d["unpack"] = new PyBuiltinFunction("unpack", null, (object fmt, object buffer) =>
        {
            var f = Format(fmt);
            var data = BytesLike.Read(buffer);
            if (data.Length != f.Size)
            {
                throw Error($"unpack requires a buffer of {f.Size} bytes");
            }
            return new PyTuple(codec.Unpack(f, data));
        });
        d["unpack_from"] = new PyBuiltinFunction("unpack_from", null, ["format", "buffer", "offset"], 2, a =>
        {
            var f = Format(a[0]!);
            var data = BytesLike.Read(a[1]!);
            var offset = a[2] is { } o ? Ops.IndexAsLong(o) : 0;
            if (offset < 0)
            {
                if (offset + data.Length < 0)
                {
                    throw Error($"offset {offset} out of range for {data.Length}-byte buffer");
                }
                if (offset + f.Size > 0)
                {
                    throw Error($"not enough data to unpack {f.Size} bytes at offset {offset}");
                }
                offset += data.Length;
            }
            if (data.Length - offset < f.Size)
            {
                throw Error($"unpack_from requires a buffer of at least {f.Size + offset} bytes for unpacking {f.Size} bytes at offset {offset} (actual buffer size is {data.Length})");
            }
            return new PyTuple(codec.Unpack(f, data.AsSpan((int)offset, f.Size)));
        });
        d["iter_unpack"] = new PyBuiltinFunction("iter_unpack", null, (object fmt, object buffer) =>
        {
            var f = Format(fmt);
            var data = BytesLike.Read(buffer);
            if (f.Size == 0)
            {
                throw Error("cannot iteratively unpack with a struct of length 0");
            }
            if (data.Length % f.Size != 0)
            {
                throw Error($"iterative unpacking requires a buffer of a multiple of {f.Size} bytes");
            }
            var records = new PyList(data.Length / f.Size);
            for (var at = 0; at < data.Length; at += f.Size)
            {
                records.Add(new PyTuple(codec.Unpack(f, data.AsSpan(at, f.Size))));
            }
            return new ListIterator(records);
        });
    }
}
