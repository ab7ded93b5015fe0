using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Hosting;

/// <summary>
/// The one table between .NET values and Python objects the hosting API offers: plain .NET data in,
/// plain .NET data out, so an embedding program never touches the object model's types.
/// </summary>
internal static class HostValues
{
    public static object ToPython(object? value) => value switch
    {
        null => Py.None,
        bool b => Py.Bool(b),
        string s => s,
        char c => c.ToString(),
        long or double or BigInteger or PyObject => value,
        int i => (long)i,
        short s => (long)s,
        sbyte s => (long)s,
        byte b => (long)b,
        ushort u => (long)u,
        uint u => (long)u,
        ulong u => u <= long.MaxValue ? (long)u : new BigInteger(u),
        float f => (double)f,
        decimal d => (double)d,
        byte[] bytes => new PyBytes((byte[])bytes.Clone()),
        ReadOnlyMemory<byte> memory => new PyBytes(memory.ToArray()),
        IDictionary dictionary => ToDict(dictionary),
        ITuple tuple => ToTuple(tuple),
        IEnumerable items => new PyList(items.Cast<object?>().Select(ToPython).ToArray()),
        _ => throw new ArgumentException($"a {value.GetType()} has no Python counterpart; pass a PyObject-free .NET value (number, string, bytes, list, dictionary, tuple)", nameof(value)),
    };

    public static object? ToClr(object value) => value switch
    {
        PyNone => null,
        bool or long or double or string or BigInteger => value,
        PyBytes bytes => bytes.Value.Clone(),
        PyByteArray array => array.Value.ToArray(),
        PyList list => list.RawItems.Take(list.Count).Select(ToClr).ToList(),
        PyTuple tuple => tuple.Items.Select(ToClr).ToArray(),
        PyDict dict => ToDictionary(dict),
        PySet set => ToHashSet(set),
        _ => value,
    };

    public static T As<T>(object value)
    {
        object? clr = ToClr(value);
        if (clr is T done)
            return done;
        if (clr is null && default(T) is null)
            return default!;
        if (clr is long or BigInteger or double && IsNumber(typeof(T)) && (clr is not double || !IsInteger(typeof(T))))
        {
            try
            {
                object number = clr is BigInteger big ? (IsInteger(typeof(T)) ? (object)(long)big : (double)big) : clr;
                return (T)Convert.ChangeType(number, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                throw new OverflowException($"the Python int {Ops.Repr(value)} does not fit in {typeof(T)}");
            }
        }
        throw new InvalidCastException($"a Python '{Ops.TypeName(value)}' cannot be read as {typeof(T)}");
    }

    private static bool IsInteger(Type type) => Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.UInt64;

    private static bool IsNumber(Type type) => Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal;

    private static PyDict ToDict(IDictionary dictionary)
    {
        var dict = new PyDict(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
            dict[ToPython(entry.Key)] = ToPython(entry.Value);
        return dict;
    }

    private static PyTuple ToTuple(ITuple tuple)
    {
        var items = new object[tuple.Length];
        for (int i = 0; i < items.Length; i++)
            items[i] = ToPython(tuple[i]);
        return new PyTuple(items);
    }

    private static Dictionary<object, object?> ToDictionary(PyDict dict)
    {
        var result = new Dictionary<object, object?>(dict.Count);
        int pos = 0;
        while (dict.TryGetEntry(ref pos, out var key, out var item))
            result[ToClr(key) ?? Py.None] = ToClr(item);
        return result;
    }

    private static HashSet<object> ToHashSet(PySet set)
    {
        var result = new HashSet<object>(set.Count);
        int pos = 0;
        while (set.TryGetEntry(ref pos, out var key))
            result.Add(ToClr(key) ?? Py.None);
        return result;
    }
}
