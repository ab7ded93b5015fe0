using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Json;

/// <summary><c>_json</c>: the scanner, encoder and string quoting under json/ (Lib/json).</summary>
internal static class JsonModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        // JSONDecodeError lives in json.decoder (it takes msg, doc, pos); looked up when first raised.
        PythonException Error(string msg, string doc, int pos)
        {
            var cls = Ops.GetAttr(engine.Import("json.decoder"), "JSONDecodeError");
            return Ops.MakeRaise(Ops.Call(cls, msg, doc, Py.Int(pos)), null);
        }

        var ascii = new PyBuiltinFunction("encode_basestring_ascii", null, s => JsonStrings.Quote(Str(s), true));
        var unicode = new PyBuiltinFunction("encode_basestring", null, s => JsonStrings.Quote(Str(s), false));
        d["encode_basestring_ascii"] = ascii;
        d["encode_basestring"] = unicode;
        d["scanstring"] = new PyBuiltinFunction("scanstring", null, ["string", "end", "strict"], 2, a =>
        {
            var s = Str(a[0]!);
            var end = Ops.IndexAsLong(a[1]!);
            if (end < 0 || end > s.Length)
            {
                throw Ops.ValueError("end is out of bounds");
            }
            var text = JsonStrings.Scan(s, (int)end, a[2] is null || Ops.IsTrue(a[2]!), Error, out var stop);
            return new PyTuple([text, Py.Int(stop)]);
        });
        d["make_scanner"] = new PyBuiltinFunction("make_scanner", null, context =>
        {
            var scanner = new JsonScanner(context, Error);
            return new PyBuiltinFunction("scan_once", null, (object s, object idx) => scanner.ScanOnce(Str(s), (int)Ops.IndexAsLong(idx)));
        });
        d["make_encoder"] = new PyBuiltinFunction("make_encoder", null, 9, 9, a =>
        {
            var encoder = new JsonEncoder(a, ascii, unicode);
            return new PyBuiltinFunction("encode", null, (object o, object level) => encoder.Encode(o, level));
        });
    }

    private static string Str(object o) => o switch
    {
        string s => s,
        PyValueInstance { Value: string s } => s,
        _ => throw Ops.TypeError($"first argument must be a string, not {Ops.TypeName(o)}"),
    };
}
