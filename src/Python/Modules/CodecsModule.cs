using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// `_codecs`: the engine's codec registry and error handlers, and the per-codec functions (utf_8_decode...) that
/// Lib/codecs.py and Lib/encodings build on. The codecs themselves are the ones str.encode uses.
/// </summary>
internal static class CodecsModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var registry = engine.CodecRegistry;
        d["register"] = new PyBuiltinFunction("register", null, search =>
        {
            registry.Register(search);
            return Py.None;
        });
        d["unregister"] = new PyBuiltinFunction("unregister", null, search =>
        {
            registry.Unregister(search);
            return Py.None;
        });
        d["lookup"] = new PyBuiltinFunction("lookup", null, encoding => registry.Lookup(StrArg(encoding, "lookup", 1)));
        d["_forget_codec"] = new PyBuiltinFunction("_forget_codec", null, encoding =>
        {
            registry.Forget(StrArg(encoding, "_forget_codec", 1));
            return Py.None;
        });
        d["encode"] = new PyBuiltinFunction("encode", null, ["obj", "encoding", "errors"], 1, a => Transcode(registry, a, 0, "encoding"));
        d["decode"] = new PyBuiltinFunction("decode", null, ["obj", "encoding", "errors"], 1, a => Transcode(registry, a, 1, "decoding"));
        d["register_error"] = new PyBuiltinFunction("register_error", null, (object name, object handler) =>
        {
            registry.RegisterHandler(StrArg(name, "register_error", 1), handler);
            return Py.None;
        });
        foreach (var name in (ReadOnlySpan<string>)["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogateescape", "surrogatepass"])
        {
            var handlerName = name;
            var function = name is "surrogateescape" or "surrogatepass" ? name : name + "_errors";
            registry.RegisterHandler(name, new PyBuiltinFunction(function, null, exc => CodecErrors.Apply(handlerName, exc)));
        }
        d["lookup_error"] = new PyBuiltinFunction("lookup_error", null, name =>
        {
            var key = name as string ?? throw Ops.TypeError($"lookup_error() argument must be str, not {Ops.TypeName(name)}");
            return registry.Handler(key) ?? throw Ops.Error(PyExc.LookupError, $"unknown error handler name '{key}'");
        });
        d["_canonical"] = new PyBuiltinFunction("_canonical", null, name =>
        {
            try
            {
                return (object?)Codecs.Canonical(StrArg(name, "_canonical", 1), "lookup") ?? Py.None;
            }
            catch (PythonException e) when (e.Value.Type == PyExc.LookupError)
            {
                return Py.None;
            }
        });
        d["_builtin_encode"] = new PyBuiltinFunction("_builtin_encode", null, (object s, object name, object errors) =>
            new PyBytes(Codecs.EncodeWith(Codecs.Normalize(Ops.Str(name)), StrArg(s, "encode", 1), Errors(errors))));
        d["_builtin_decode"] = new PyBuiltinFunction("_builtin_decode", null, (object data, object name, object errors) =>
            Codecs.DecodeWith(Codecs.Normalize(Ops.Str(name)), BytesMethods.AsBytes(data), Errors(errors)));
        FillCodecFunctions(d);
    }

    private static void FillCodecFunctions(PyDict d)
    {
        foreach (var (function, codec) in new[]
        {
            ("utf_8", "utf-8"), ("latin_1", "latin-1"), ("ascii", "ascii"), ("unicode_escape", "unicode-escape"),
            ("raw_unicode_escape", "raw-unicode-escape"), ("utf_16_le", "utf-16-le"), ("utf_16_be", "utf-16-be"),
            ("utf_32_le", "utf-32-le"), ("utf_32_be", "utf-32-be"),
        })
        {
            d[function + "_encode"] = Encoder(function + "_encode", (s, errors) => Codecs.EncodeWith(codec, s, errors));
        }
        d["utf_16_encode"] = WideEncoder("utf_16_encode", 2);
        d["utf_32_encode"] = WideEncoder("utf_32_encode", 4);

        d["utf_8_decode"] = Decoder("utf_8_decode", (b, errors, final) =>
        {
            var end = final ? b.Length : UtfCodecs.CompleteUtf8(b);
            return (UtfCodecs.DecodeUtf8(b[..end], 0, errors), end);
        });
        foreach (var (function, codec) in new[]
        {
            ("latin_1", "latin-1"), ("ascii", "ascii"),
        })
        {
            d[function + "_decode"] = Decoder(function + "_decode", (b, errors, _) => (Codecs.DecodeWith(codec, b, errors), b.Length));
        }
        foreach (var (function, codec) in new[] { ("unicode_escape", "unicode-escape"), ("raw_unicode_escape", "raw-unicode-escape") })
        {
            d[function + "_decode"] = Decoder(function + "_decode", (b, errors, final) =>
            {
                var end = final ? b.Length : EscapeCodecs.Complete(b, codec.StartsWith("raw", StringComparison.Ordinal));
                return (Codecs.DecodeWith(codec, b[..end], errors), end);
            }, finalByDefault: true);
        }
        foreach (var width in (ReadOnlySpan<int>)[2, 4])
        {
            var bits = width * 8;
            var unit = width;
            d[$"utf_{bits}_decode"] = WideDecoder($"utf_{bits}_decode", 0, unit);
            d[$"utf_{bits}_le_decode"] = WideDecoder($"utf_{bits}_le_decode", -1, unit);
            d[$"utf_{bits}_be_decode"] = WideDecoder($"utf_{bits}_be_decode", 1, unit);
            d[$"utf_{bits}_ex_decode"] = new PyBuiltinFunction($"utf_{bits}_ex_decode", null, ["data", "errors", "byteorder", "final"], 1, a =>
            {
                var (text, consumed, order) = Wide(BytesMethods.AsBytes(a[0]!), Errors(a[1]), a[3] is { } f && Ops.IsTrue(f), a[2] is null ? 0 : (int)Ops.IndexAsLong(a[2]!), unit);
                return new PyTuple([text, Py.Int(consumed), Py.Int(order)]);
            });
        }
    }

    private static PyBuiltinFunction Encoder(string name, Func<string, string, byte[]> encode) =>
        new(name, null, ["str", "errors"], 1, a =>
        {
            var s = StrArg(a[0]!, name, 1);
            return new PyTuple([new PyBytes(encode(s, Errors(a[1]))), Py.Int(CodePoints.Length(s))]);
        });

    // byteorder 0 writes a byte order mark and little-endian units, -1 little-endian and 1 big-endian without one.
    private static PyBuiltinFunction WideEncoder(string name, int width) =>
        new(name, null, ["str", "errors", "byteorder"], 1, a =>
        {
            var s = StrArg(a[0]!, name, 1);
            var order = a[2] is null ? 0 : Ops.IndexAsLong(a[2]!);
            var codec = order switch { 0 => $"utf-{width * 8}", < 0 => $"utf-{width * 8}-le", _ => $"utf-{width * 8}-be" };
            return new PyTuple([new PyBytes(Codecs.EncodeWith(codec, s, Errors(a[1]))), Py.Int(CodePoints.Length(s))]);
        });

    private static PyBuiltinFunction Decoder(string name, Func<byte[], string, bool, (string Text, int Consumed)> decode, bool finalByDefault = false) =>
        new(name, null, ["data", "errors", "final"], 1, a =>
        {
            var (text, consumed) = decode(BytesMethods.AsBytes(a[0]!), Errors(a[1]), a[2] is { } f ? Ops.IsTrue(f) : finalByDefault);
            return new PyTuple([text, Py.Int(consumed)]);
        });

    private static PyBuiltinFunction WideDecoder(string name, int order, int width) =>
        Decoder(name, (b, errors, final) =>
        {
            var (text, consumed, _) = Wide(b, errors, final, order, width);
            return (text, consumed);
        });

    /// <summary>
    /// UTF-16 or UTF-32 in byte order <paramref name="order"/> (0: a byte order mark decides, else little-endian);
    /// unless <paramref name="final"/>, a trailing partial unit (or lone high surrogate) is left for the next call.
    /// </summary>
    private static (string Text, int Consumed, int Order) Wide(byte[] b, string errors, bool final, int order, int width)
    {
        var start = 0;
        if (order == 0)
        {
            var le = width == 2 ? b.AsSpan().StartsWith((byte[])[0xFF, 0xFE]) : b.AsSpan().StartsWith((byte[])[0xFF, 0xFE, 0, 0]);
            var be = width == 2 ? b.AsSpan().StartsWith((byte[])[0xFE, 0xFF]) : b.AsSpan().StartsWith((byte[])[0, 0, 0xFE, 0xFF]);
            if (le || be)
            {
                order = le ? -1 : 1;
                start = width;
            }
            else if (b.Length < width && !final)
            {
                return ("", 0, 0);
            }
        }
        var big = order == 1;
        var name = $"utf-{width * 8}-{(big ? "be" : "le")}";
        var end = final ? b.Length
            : width == 2 ? UtfCodecs.CompleteUtf16(b, start, big)
            : b.Length - ((b.Length - start) % 4);
        var text = width == 2 ? UtfCodecs.DecodeUtf16(b[..end], start, big, name, errors) : UtfCodecs.DecodeUtf32(b[..end], start, big, name, errors);
        return (text, end, order);
    }

    // codecs.encode/decode: any codec, its result unchecked; plain errors name the codec, as CPython's registry wraps them.
    private static object Transcode(CodecRegistry registry, object?[] a, int slot, string verb)
    {
        var encoding = a[1] is null ? "utf-8" : StrArg(a[1]!, slot == 0 ? "encode" : "decode", 2);
        var errors = a[2] is null ? "strict" : StrArg(a[2]!, slot == 0 ? "encode" : "decode", 3);
        var info = (PyTuple)registry.Lookup(encoding);
        var result = Codecs.Wrapped(encoding, verb, () => Ops.Call(info.Items[slot], a[0]!, errors), always: true);
        return result is PyTuple { Count: 2 } pair ? pair.Items[0]
            : throw Ops.TypeError($"{(slot == 0 ? "encoder" : "decoder")} must return a tuple (object, integer)");
    }

    private static string Errors(object? errors) => errors is null or PyNone ? "strict" : Ops.Str(errors);

    private static string StrArg(object o, string function, int position) =>
        o as string ?? throw Ops.TypeError($"{function}() argument {position} must be str, not {Ops.TypeName(o)}");
}
