using System.Text;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Binary;

/// <summary><c>binascii</c>: hex, base64 and uu codecs and the CRCs, with CPython's errors.</summary>
internal static class BinasciiModule
{
    private static readonly sbyte[] B64Values = MakeB64Values();

    private static sbyte[] MakeB64Values()
    {
        var table = new sbyte[256];
        Array.Fill(table, (sbyte)-1);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (var i = 0; i < alphabet.Length; i++)
        {
            table[alphabet[i]] = (sbyte)i;
        }
        return table;
    }

    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var error = ModuleErrors.Define("binascii", "Error", PyExc.ValueError);
        d["Error"] = error;
        d["Incomplete"] = ModuleErrors.Define("binascii", "Incomplete", PyExc.Exception);
        PythonException Error(string message) => Ops.Error(error, message);

        var hexlify = new PyBuiltinFunction("hexlify", null, ["data", "sep", "bytes_per_sep"], 1, a =>
            new PyBytes(Encoding.ASCII.GetBytes(Hex(BytesLike.Read(a[0]!), a[1], a[2]))));
        var unhexlify = new PyBuiltinFunction("unhexlify", null, hexstr => new PyBytes(Unhex(Ascii(hexstr), Error)));
        d["hexlify"] = hexlify;
        d["b2a_hex"] = new PyBuiltinFunction("b2a_hex", null, ["data", "sep", "bytes_per_sep"], 1, a => hexlify.Call(a.Where(x => x is not null).ToArray()!, null));
        d["unhexlify"] = unhexlify;
        d["a2b_hex"] = new PyBuiltinFunction("a2b_hex", null, hexstr => unhexlify.Call1(hexstr));
        d["b2a_base64"] = new PyBuiltinFunction("b2a_base64", null, ["data", "*newline"], 1, a =>
        {
            var text = Convert.ToBase64String(BytesLike.Read(a[0]!));
            return new PyBytes(Encoding.ASCII.GetBytes(a[1] is null || Ops.IsTrue(a[1]!) ? text + "\n" : text));
        });
        d["a2b_base64"] = new PyBuiltinFunction("a2b_base64", null, ["data", "*strict_mode"], 1, a =>
            new PyBytes(FromBase64(Ascii(a[0]!), a[1] is not null && Ops.IsTrue(a[1]!), Error)));
        d["crc32"] = new PyBuiltinFunction("crc32", null, 1, 2, a =>
            Py.Int(Checksums.Crc32(BytesLike.Read(a[0]), a.Length > 1 ? IntArguments.Low32(a[1]) : 0)));
        d["crc_hqx"] = new PyBuiltinFunction("crc_hqx", null, (object data, object crc) =>
            Py.Int(Checksums.CrcHqx(BytesLike.Read(data), IntArguments.Low32(crc))));
        d["b2a_uu"] = new PyBuiltinFunction("b2a_uu", null, ["data", "*backtick"], 1, a =>
            new PyBytes(ToUu(BytesLike.Read(a[0]!), a[1] is not null && Ops.IsTrue(a[1]!), Error)));
        d["a2b_uu"] = new PyBuiltinFunction("a2b_uu", null, data => new PyBytes(FromUu(Ascii(data), Error)));
    }

    /// <summary>The input of the a2b functions: ASCII str, or any bytes-like object.</summary>
    private static byte[] Ascii(object o)
    {
        if (o is string or PyValueInstance { Value: string })
        {
            var s = o as string ?? (string)((PyValueInstance)o).Value;
            if (s.Any(c => c > 127))
            {
                throw Ops.ValueError("string argument should contain only ASCII characters");
            }
            return Encoding.ASCII.GetBytes(s);
        }
        if (!BytesLike.Is(o))
        {
            throw Ops.TypeError($"argument should be bytes, buffer or ASCII string, not '{Ops.TypeName(o)}'");
        }
        return BytesLike.Read(o);
    }

    /// <summary>Lowercase hex with an optional one-character separator every |bytes_per_sep| bytes (counted from the right when positive).</summary>
    public static string Hex(byte[] data, object? sepArg, object? perArg)
    {
        var hex = Convert.ToHexStringLower(data);
        if (sepArg is null or PyNone)
        {
            return hex;
        }
        string sep = sepArg switch
        {
            string s => s,
            PyBytes b => Encoding.Latin1.GetString(b.Value),
            _ => throw Ops.TypeError($"object of type '{Ops.TypeName(sepArg)}' has no len()"),
        };
        if (sep.Length != 1)
        {
            throw Ops.ValueError("sep must be length 1.");
        }
        if (sep[0] > 127)
        {
            throw Ops.ValueError("sep must be ASCII.");
        }
        var per = perArg is null ? 1 : Ops.IndexAsLong(perArg);
        var group = (int)Math.Min(Math.Abs(per), int.MaxValue);
        if (group == 0 || data.Length <= group)
        {
            return hex;
        }
        var sb = new StringBuilder(hex.Length + (data.Length / group));
        var first = per > 0 ? data.Length % group : group;
        if (first == 0)
        {
            first = group;
        }
        for (var i = 0; i < data.Length; i++)
        {
            if (i > 0 && (i - first) % group == 0 && i >= first)
            {
                sb.Append(sep[0]);
            }
            sb.Append(hex, i * 2, 2);
        }
        return sb.ToString();
    }

    private static byte[] Unhex(byte[] s, Func<string, PythonException> error)
    {
        if (s.Length % 2 != 0)
        {
            throw error("Odd-length string");
        }
        var result = new byte[s.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            var hi = HexDigit(s[2 * i]);
            var lo = HexDigit(s[(2 * i) + 1]);
            if (hi < 0 || lo < 0)
            {
                throw error("Non-hexadecimal digit found");
            }
            result[i] = (byte)((hi << 4) | lo);
        }
        return result;
    }

    private static int HexDigit(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>CPython's base64 decoder: skips non-alphabet bytes (unless strict), stops at complete padding.</summary>
    private static byte[] FromBase64(byte[] s, bool strict, Func<string, PythonException> error)
    {
        var output = new byte[(s.Length / 4 * 3) + 3];
        var n = 0;
        int quad = 0, pads = 0, left = 0;
        var paddingStarted = false;
        if (strict && s.Length > 0 && s[0] == '=')
        {
            throw error("Leading padding not allowed");
        }
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (quad >= 2 && quad + ++pads >= 4)
                {
                    if (strict && i + 1 < s.Length)
                    {
                        throw error("Excess data after padding");
                    }
                    return output[..n];
                }
                continue;
            }
            int v = B64Values[c];
            if (v < 0)
            {
                if (strict)
                {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted)
            {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quad)
            {
                case 0:
                    left = v;
                    quad = 1;
                    break;
                case 1:
                    output[n++] = (byte)((left << 2) | (v >> 4));
                    left = v & 0x0F;
                    quad = 2;
                    break;
                case 2:
                    output[n++] = (byte)((left << 4) | (v >> 2));
                    left = v & 0x03;
                    quad = 3;
                    break;
                default:
                    output[n++] = (byte)((left << 6) | v);
                    quad = 0;
                    break;
            }
        }
        if (quad == 1)
        {
            throw error($"Invalid base64-encoded string: number of data characters ({(n / 3 * 4) + 1}) cannot be 1 more than a multiple of 4");
        }
        if (quad != 0)
        {
            throw error("Incorrect padding");
        }
        return output[..n];
    }

    private static byte[] ToUu(byte[] data, bool backtick, Func<string, PythonException> error)
    {
        if (data.Length > 45)
        {
            throw error("At most 45 bytes at once");
        }
        byte Char(int v) => (byte)(backtick && v == 0 ? '`' : ' ' + v);
        var output = new List<byte> { Char(data.Length) };
        for (var i = 0; i < data.Length; i += 3)
        {
            var b0 = data[i];
            var b1 = i + 1 < data.Length ? data[i + 1] : 0;
            var b2 = i + 2 < data.Length ? data[i + 2] : 0;
            output.Add(Char(b0 >> 2));
            output.Add(Char(((b0 << 4) | (b1 >> 4)) & 0x3F));
            output.Add(Char(((b1 << 2) | (b2 >> 6)) & 0x3F));
            output.Add(Char(b2 & 0x3F));
        }
        output.Add((byte)'\n');
        return output.ToArray();
    }

    private static byte[] FromUu(byte[] s, Func<string, PythonException> error)
    {
        var line = s.AsSpan();
        while (line.Length > 0 && line[^1] is (byte)'\n' or (byte)'\r' or (byte)' ')
        {
            line = line[..^1];
        }
        if (line.Length == 0)
        {
            return new byte[32];
        }
        var length = (line[0] - ' ') & 0x3F;
        var result = new byte[length];
        var bits = 0;
        var acc = 0;
        var n = 0;
        for (var i = 1; n < length; i++)
        {
            int v;
            if (i < line.Length)
            {
                var c = line[i];
                if (c is < (byte)' ' or > (byte)('`'))
                {
                    throw error("Illegal char");
                }
                v = (c - ' ') & 0x3F;
            }
            else
            {
                v = 0;
            }
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                result[n++] = (byte)(acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        return result;
    }
}
