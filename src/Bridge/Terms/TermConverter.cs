using System.Numerics;
using IronUwsgi.Erlang.Etf;
using IronUwsgi.Erlang.Terms;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Bridge.Terms;

/// <summary>
/// The one conversion table between Erlang terms and Python objects, both ways, for one engine.
/// Calls run Python code (the term classes), so the calling thread must be attached to the engine.
/// </summary>
internal sealed class TermConverter(TermTypes types)
{
    private static readonly ErlAtom Undefined = ErlAtom.Undefined;

    public TermTypes Types => types;

    /// <summary>Erlang to Python.</summary>
    public object ToPython(ErlTerm term) => term switch
    {
        ErlAtom { Name: "true" } => Py.True,
        ErlAtom { Name: "false" } => Py.False,
        ErlAtom atom => atom.Name,
        ErlInteger { IsLong: true } i => Py.Int(i.LongValue),
        ErlInteger i => Py.Int(i.Value),
        ErlFloat f => f.Value,
        ErlList { IsProper: true } list => new PyList(Items(list.Items)),
        ErlList list => Ops.Call(types.ImproperList, new PyList(Items(list.Items)), ToPython(list.Tail)),
        ErlTuple tuple => new PyTuple(Items(tuple.Elements)),
        ErlBinary binary => new PyBytes(binary.Span.ToArray()),
        ErlBitstring bits => Ops.Call(types.Bitstring, new PyBytes(bits.Span.ToArray()), Py.Int(bits.BitsInLastByte)),
        ErlMap map => Dict(map),
        ErlPid pid => Ops.Call(types.Pid, [pid.Node.Name, Py.Int(pid.Id), Py.Int(pid.Serial), Py.Int(pid.Creation)]),
        ErlRef reference => Ops.Call(types.Ref, reference.Node.Name, Py.Int(reference.Creation), new PyTuple(Ids(reference.Ids))),
        ErlPort port => Ops.Call(types.Port, port.Node.Name, Py.Int(new BigInteger(port.Id)), Py.Int(port.Creation)),
        ErlFun fun => Ops.Call(types.Fun, [fun.Module.Name, Py.None, Py.Int(fun.Arity), new PyBytes(Etf.Encode(fun))]),
        ErlExport export => Ops.Call(types.Fun, [export.Module.Name, export.Function.Name, Py.Int(export.Arity), new PyBytes(Etf.Encode(export))]),
        _ => throw new ArgumentException($"no Python form for the Erlang term {term.GetType().Name}", nameof(term)),
    };

    /// <summary>Python to Erlang; an object the table does not cover raises TypeError naming its type.</summary>
    public ErlTerm ToErlang(object value)
    {
        switch (value)
        {
            case PyNone:
                return Undefined;
            case bool b:
                return ErlAtom.Of(b);
            case long l:
                return new ErlInteger(l);
            case int i:
                return new ErlInteger(i);
            case BigInteger big:
                return new ErlInteger(big);
            case double d:
                return new ErlFloat(d);
            case string s:
                return Atom(s);
            case PyBytes bytes:
                return new ErlBinary(bytes.Value);
            case PyTuple tuple:
                return new ErlTuple(Terms(tuple.Items));
            case PyList { Count: 0 }:
                return ErlList.Nil;
            case PyList list:
                return new ErlList(Terms(list.ToArray()));
            case PyDict dict when Py.TypeOf(dict).IsSubtypeOf(types.Pid):
                return Pid(dict);
            case PyDict dict:
                return Map(dict);
        }
        var type = Py.TypeOf(value);
        if (type == types.Ref)
            return new ErlRef(NodeAtom(Attr(value, "node")), UInt(Attr(value, "creation")), IdsOf(Attr(value, "ids")));
        if (type == types.Port)
            return new ErlPort(NodeAtom(Attr(value, "node")), (ulong)Integer(Attr(value, "id")), UInt(Attr(value, "creation")));
        if (type == types.Fun)
            return Etf.Decode(Attr(value, "etf") as PyBytes is { } etf ? etf.Value : throw Ops.TypeError("ErlangFun.etf must be bytes"));
        if (type == types.Bitstring)
            return Bitstring(value);
        if (type == types.ImproperList)
            return new ErlList(Terms(Iterate(Attr(value, "items"))), ToErlang(Attr(value, "tail")));
        if (value is PyObject && TryIterate(value, out var items))
            return items.Count == 0 ? ErlList.Nil : new ErlList(Terms(items));
        throw Ops.TypeError($"cannot convert a Python '{Ops.TypeName(value)}' object to an Erlang term");
    }

    /// <summary>A pid given as the seed's dict (plain or ErlangPid), or null when <paramref name="value"/> is not one.</summary>
    public static ErlPid? PidOf(object value) =>
        value is PyDict dict && dict.TryGetValue("node", out var node) && node is string
            && dict.ContainsKey("number") && dict.ContainsKey("serial") && dict.ContainsKey("creation")
            ? Pid(dict)
            : null;

    private static ErlPid Pid(PyDict dict) =>
        new(NodeAtom(Key(dict, "node")), UInt(Key(dict, "number")), UInt(Key(dict, "serial")), UInt(Key(dict, "creation")));

    private object[] Items(ReadOnlySpan<ErlTerm> terms)
    {
        var items = new object[terms.Length];
        for (int i = 0; i < items.Length; i++)
            items[i] = ToPython(terms[i]);
        return items;
    }

    private ErlTerm[] Terms(IReadOnlyList<object> values)
    {
        var terms = new ErlTerm[values.Count];
        for (int i = 0; i < terms.Length; i++)
            terms[i] = ToErlang(values[i]);
        return terms;
    }

    private PyDict Dict(ErlMap map)
    {
        var dict = new PyDict(map.Count);
        foreach (var entry in map.Entries)
            dict[ToPython(entry.Key)] = ToPython(entry.Value);
        return dict;
    }

    private ErlMap Map(PyDict dict)
    {
        var entries = new List<KeyValuePair<ErlTerm, ErlTerm>>(dict.Count);
        int pos = 0;
        while (dict.TryGetEntry(ref pos, out var key, out var item))
            entries.Add(new(ToErlang(key), ToErlang(item)));
        return new ErlMap(entries);
    }

    private ErlBitstring Bitstring(object value)
    {
        var data = Attr(value, "data") as PyBytes ?? throw Ops.TypeError("ErlangBitstring.data must be bytes");
        var bits = (int)Integer(Attr(value, "bits"));
        if (data.Value.Length == 0 || bits is < 1 or > 8)
            throw Ops.ValueError("ErlangBitstring needs at least one byte and 1 to 8 bits in the last one");
        return new ErlBitstring(data.Value, bits);
    }

    private static ErlAtom Atom(string name)
    {
        try
        {
            return new ErlAtom(name);
        }
        catch (ArgumentException e)
        {
            throw Ops.ValueError(e.Message);
        }
    }

    private static ErlAtom NodeAtom(object value) =>
        value is string s ? Atom(s) : throw Ops.TypeError($"a node name must be a str, not '{Ops.TypeName(value)}'");

    private static object[] Ids(ReadOnlySpan<uint> ids)
    {
        var items = new object[ids.Length];
        for (int i = 0; i < items.Length; i++)
            items[i] = Py.Int(ids[i]);
        return items;
    }

    private static uint[] IdsOf(object value)
    {
        var items = Iterate(value);
        var ids = new uint[items.Count];
        for (int i = 0; i < ids.Length; i++)
            ids[i] = UInt(items[i]);
        return ids;
    }

    private static object Key(PyDict dict, string key) =>
        dict.TryGetValue(key, out var value) ? value : throw Ops.KeyError(key);

    private static object Attr(object value, string name) => Ops.GetAttr(value, name);

    private static BigInteger Integer(object value) => value switch
    {
        long l => l,
        int i => i,
        BigInteger big => big,
        _ => throw Ops.TypeError($"an integer is required, not '{Ops.TypeName(value)}'"),
    };

    private static uint UInt(object value)
    {
        var n = Integer(value);
        return n >= 0 && n <= uint.MaxValue ? (uint)n : throw Ops.OverflowError($"{n} does not fit an Erlang pid, port or reference field");
    }

    private static List<object> Iterate(object value) =>
        TryIterate(value, out var items) ? items : throw Ops.TypeError($"'{Ops.TypeName(value)}' object is not iterable");

    private static bool TryIterate(object value, out List<object> items)
    {
        items = [];
        object iterator;
        try
        {
            iterator = Ops.GetIter(value);
        }
        catch (PythonException e) when (e.Value.Type == PyExc.TypeError)
        {
            return false;
        }
        while (Ops.TryNext(iterator, out var item))
            items.Add(item);
        return true;
    }
}
