using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// The <c>unicodedata</c> module: names, categories, bidirectional classes, east asian widths,
/// mirrored flags, combining classes, numeric values and normalization from the lexer's Unicode
/// tables (Unicode 14.0, as CPython 3.11). decomposition() is left out.
/// </summary>
internal static class UnicodedataModule
{
    // Indexed by UnicodeTables.CategoryIndex (the generator's order).
    private static readonly string[] CategoryCodes =
    [
        "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf",
        "Cs", "Co", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Cn",
    ];

    private static readonly string[] BidiNames =
    [
        "", "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRE", "LRO",
        "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI",
    ];

    private static readonly string[] WidthNames = ["N", "Na", "A", "W", "H", "F"];

    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        d["unidata_version"] = "14.0.0";
        d["lookup"] = new PyBuiltinFunction("lookup", null, Lookup);
        d["name"] = new PyBuiltinFunction("name", null, 1, 2, args =>
            UnicodeTables.NameOf(CodePointArg("name", args[0])) is { } n ? n : OrDefault(args, "no such name"));
        d["category"] = new PyBuiltinFunction("category", null, c => CategoryCodes[UnicodeTables.CategoryIndex(CodePointArg("category", c))]);
        d["numeric"] = new PyBuiltinFunction("numeric", null, 1, 2, args =>
            UnicodeTables.NumericValue(CodePointArg("numeric", args[0])) is double v ? v : OrDefault(args, "not a numeric character"));
        d["digit"] = new PyBuiltinFunction("digit", null, 1, 2, args =>
            UnicodeTables.DigitValue(CodePointArg("digit", args[0]), decimalOnly: false) is int v ? Py.Int(v) : OrDefault(args, "not a digit"));
        d["decimal"] = new PyBuiltinFunction("decimal", null, 1, 2, args =>
            UnicodeTables.DigitValue(CodePointArg("decimal", args[0]), decimalOnly: true) is int v ? Py.Int(v) : OrDefault(args, "not a decimal"));
        d["normalize"] = new PyBuiltinFunction("normalize", null, (object form, object text) =>
            Normalize(FormArg("normalize", form), StrArg("normalize", 2, text)));
        d["bidirectional"] = new PyBuiltinFunction("bidirectional", null, c => BidiNames[UnicodeTables.BidiIndex(CodePointArg("bidirectional", c))]);
        d["east_asian_width"] = new PyBuiltinFunction("east_asian_width", null, c => WidthNames[UnicodeTables.WidthIndex(CodePointArg("east_asian_width", c))]);
        d["mirrored"] = new PyBuiltinFunction("mirrored", null, c => Py.Int(UnicodeTables.Mirrored(CodePointArg("mirrored", c))));
        d["combining"] = new PyBuiltinFunction("combining", null, c => Py.Int(UnicodeTables.CombiningClass(CodePointArg("combining", c))));
        d["is_normalized"] = new PyBuiltinFunction("is_normalized", null, (object form, object text) =>
        {
            var s = StrArg("is_normalized", 2, text);
            return Py.Bool(Normalize(FormArg("is_normalized", form), s) == s);
        });
    }

    private static object Lookup(object name)
    {
        var s = name is string str ? str : throw Ops.TypeError($"lookup() argument must be str, not {Ops.TypeName(name)}");
        if (!UnicodeTables.TryLookupName(s, out int cp))
        {
            throw Ops.KeyError($"undefined character name '{s}'");
        }
        return FromCodePoint(cp);
    }

    private static object OrDefault(object[] args, string message) =>
        args.Length > 1 ? args[1] : throw Ops.ValueError(message);

    private static string FromCodePoint(int cp) => cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    // A str of exactly one code point; a surrogate pair is one, as everywhere in the engine.
    private static int CodePointArg(string function, object arg)
    {
        if (arg is string s)
        {
            if (s.Length == 1)
            {
                return s[0];
            }
            if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]))
            {
                return char.ConvertToUtf32(s[0], s[1]);
            }
        }
        throw Ops.TypeError($"{function}() {(function is not ("name" or "numeric" or "digit" or "decimal") ? "argument" : "argument 1")} must be a unicode character, not {Ops.TypeName(arg)}");
    }

    private static string StrArg(string function, int position, object arg) =>
        arg as string ?? throw Ops.TypeError($"{function}() argument {position} must be str, not {Ops.TypeName(arg)}");

    private static (bool Compatibility, bool Compose) FormArg(string function, object form) => StrArg(function, 1, form) switch
    {
        "NFC" => (false, true),
        "NFD" => (false, false),
        "NFKC" => (true, true),
        "NFKD" => (true, false),
        _ => throw Ops.ValueError("invalid normalization form"),
    };

    private static string Normalize((bool Compatibility, bool Compose) form, string s) =>
        UnicodeTables.Normalize(s, form.Compatibility, form.Compose);
}
