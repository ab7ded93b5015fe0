using System.Numerics;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>
/// The operations compiled code calls. Most forward to the object model's <see cref="Ops"/>;
/// the rest are what only compiled code needs: names, constants, unpacking, function creation.
/// </summary>
internal static partial class CompiledOps
{
    public static object ConstantValue(object? value) => value switch
    {
        null => Py.None,
        bool b => Py.Bool(b),
        long l => Py.Int(l),
        int i => Py.Int(i),
        BigInteger b => Py.Int(b),
        EllipsisValue => Py.Ellipsis,
        byte[] bytes => new PyBytes(bytes),
        string s when LooksLikeName(s) => string.Intern(s),
        _ => value,
    };

    // CPython interns string constants made of name characters, so they are the same objects as the attribute and
    // variable names they spell (pickle's memo and `is` see that).
    private static bool LooksLikeName(string s)
    {
        foreach (var ch in s)
        {
            if (!char.IsAsciiLetterOrDigit(ch) && ch != '_')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>An expression statement at the interactive prompt: calls sys.displayhook(value).</summary>
    public static object DisplayValue(object value)
    {
        var sys = PythonThread.Current.Engine.SysModule.Dict!;
        var hook = sys.TryGetValue("displayhook", out var h) ? h : throw Ops.Error(PyExc.RuntimeError, "lost sys.displayhook");
        return Ops.Call(hook, value);
    }

    public static object Add(object a, object b) => Ops.Add(a, b);

    public static object Subtract(object a, object b) => Ops.Subtract(a, b);

    public static object Multiply(object a, object b) => Ops.Multiply(a, b);

    public static object TrueDivide(object a, object b) => Ops.TrueDivide(a, b);

    public static object FloorDivide(object a, object b) => Ops.FloorDivide(a, b);

    public static object Modulo(object a, object b) => Ops.Modulo(a, b);

    public static object Binary(BinaryOp op, object a, object b) => Ops.Binary(a, b, op);

    public static object InPlace(BinaryOp op, object a, object b) => Ops.InPlace(a, b, op);

    public static object Negative(object a) => Ops.Negate(a);

    public static object Positive(object a) => Ops.Positive(a);

    public static object Invert(object a) => Ops.Invert(a);

    private static CompareOp ToCompare(CmpOpKind op) => op switch
    {
        CmpOpKind.Eq => CompareOp.Eq,
        CmpOpKind.NotEq => CompareOp.Ne,
        CmpOpKind.Lt => CompareOp.Lt,
        CmpOpKind.LtE => CompareOp.Le,
        CmpOpKind.Gt => CompareOp.Gt,
        _ => CompareOp.Ge,
    };

    public static object Compare(CmpOpKind op, object a, object b)
    {
        if (a is long x && b is long y)
        {
            return Py.Bool(op switch
            {
                CmpOpKind.Eq => x == y,
                CmpOpKind.NotEq => x != y,
                CmpOpKind.Lt => x < y,
                CmpOpKind.LtE => x <= y,
                CmpOpKind.Gt => x > y,
                _ => x >= y,
            });
        }

        return Ops.Compare(a, b, ToCompare(op));
    }

    public static bool CompareBool(CmpOpKind op, object a, object b)
    {
        if (a is long x && b is long y)
        {
            return op switch
            {
                CmpOpKind.Eq => x == y,
                CmpOpKind.NotEq => x != y,
                CmpOpKind.Lt => x < y,
                CmpOpKind.LtE => x <= y,
                CmpOpKind.Gt => x > y,
                _ => x >= y,
            };
        }

        return Ops.CompareBool(a, b, ToCompare(op));
    }

    public static bool IsTrue(object o) => o is bool b ? b : Ops.IsTrue(o);

    public static bool Contains(object container, object item) => Ops.Contains(container, item);

    public static object In(object item, object container) => Py.Bool(Ops.Contains(container, item));

    public static object NotIn(object item, object container) => Py.Bool(!Ops.Contains(container, item));

    public static object GetItem(object o, object key) => Ops.GetItem(o, key);

    public static void SetItem(object o, object key, object value) => Ops.SetItem(o, key, value);

    public static void DelItem(object o, object key) => Ops.DelItem(o, key);

    public static object GetSlice(object o, object lower, object upper, object stride) => Ops.GetSlice(o, lower, upper, stride);

    public static void SetSlice(object o, object lower, object upper, object stride, object value) => Ops.SetSlice(o, lower, upper, stride, value);

    public static void SetAttr(object o, string name, object value) => Ops.SetAttr(o, name, value);

    public static void DelAttr(object o, string name) => Ops.DelAttr(o, name);

    public static bool TryGetAttr(object o, string name, out object value) => Ops.TryGetAttr(o, name, out value);

    public static object MakeSlice(object start, object stop, object step) => new PySlice(start, stop, step);

    public static object GetIter(object o) => Ops.GetIter(o);

    public static bool TryNext(object iterator, out object value) => Ops.TryNext(iterator, out value);

    public static object[] Unpack(object value, int count) => Ops.Unpack(value, count);

    public static object[] UnpackStar(object value, int before, int after) => Ops.UnpackStar(value, before, after);

    public static object ListToTuple(PyList list) => new PyTuple(list.ToArray());

    public static object ListToSet(PyList list)
    {
        var set = new PySet();
        foreach (var item in list.AsSpan())
        {
            set.Add(item);
        }

        return set;
    }

    public static void ListExtend(PyList list, object iterable) => Ops.Extend(list, iterable);

    /// <summary><c>*iterable</c> in a list or tuple display, or in a call's arguments when <paramref name="function"/> is given.</summary>
    public static void ListExtendUnpacked(PyList list, object iterable, object? function)
    {
        var type = Py.TypeOf(iterable);
        if (type.Slots[(int)SlotId.Iter] is null && type.Slots[(int)SlotId.GetItem] is null && iterable is not PyIterator)
        {
            var what = function is null ? "Value" : $"{CallableName(function)} argument";
            throw Ops.TypeError($"{what} after * must be an iterable, not {Ops.TypeName(iterable)}");
        }

        Ops.Extend(list, iterable);
    }

    public static object NewSet() => new PySet();

    public static void SetAdd(object set, object item) => ((PySet)set).Add(item);

    public static void DictSet(PyDict dict, object key, object value) => dict[key] = value;

    /// <summary><c>{**mapping}</c>: any mapping with keys() and __getitem__.</summary>
    public static void DictMerge(PyDict dict, object mapping)
    {
        if (mapping is PyDict d)
        {
            dict.Update(d);
            return;
        }

        if (!Ops.TryGetAttr(mapping, "keys", out var keys))
        {
            throw Ops.TypeError($"'{Ops.TypeName(mapping)}' object is not a mapping");
        }

        var it = Ops.GetIter(Ops.Call(keys));
        while (Ops.TryNext(it, out var key))
        {
            dict[key] = Ops.GetItem(mapping, key);
        }
    }

    public static void AddKwarg(PyDict dict, string name, object value, object function)
    {
        if (dict.ContainsKey(name))
        {
            throw Ops.TypeError($"{CallableName(function)} got multiple values for keyword argument '{name}'");
        }

        dict[name] = value;
    }

    /// <summary><c>f(**mapping)</c>: keys must be strings and not repeat.</summary>
    public static void MergeKwargs(PyDict dict, object mapping, object function)
    {
        var source = new PyDict();
        if (mapping is not PyDict && !Ops.TryGetAttr(mapping, "keys", out _))
        {
            throw Ops.TypeError($"{CallableName(function)} argument after ** must be a mapping, not {Ops.TypeName(mapping)}");
        }

        DictMerge(source, mapping);
        var it = Ops.GetIter(source);
        while (Ops.TryNext(it, out var key))
        {
            if (key is not string s)
            {
                throw Ops.TypeError("keywords must be strings");
            }

            AddKwarg(dict, s, source[key], function);
        }
    }

    // Like CPython's _PyObject_FunctionStr: a method is named by its function, a class and a builtin method by their owner.
    private static string CallableName(object f) => f switch
    {
        PyFunction { Module: string module } fn when module != "builtins" => $"{module}.{fn.QualName}()",
        PyFunction fn => fn.QualName + "()",
        PyMethod m => CallableName(m.Function),
        PyType t when t.Namespace.TryGetValue("__module__", out var module) && module is string name && name != "builtins" => $"{name}.{t.QualName}()",
        PyType t => t.Name + "()",
        PyBuiltinFunction { Owner: { } owner } b => $"{owner.Name}.{b.Name}()",
        PyBuiltinFunction b => b.Name + "()",
        _ => Ops.TypeName(f) + " object",
    };

    public static object Call(object f) => Ops.Call(f);

    public static object Call(object f, object a) => Ops.Call(f, a);

    public static object Call(object f, object a, object b) => Ops.Call(f, a, b);

    public static object Call(object f, object a, object b, object c) => Ops.Call(f, a, b, c);

    public static object CallKw(object f, object[] args, string[]? kwnames) => Ops.Call(f, args, kwnames);

    /// <summary>The values of <c>*iterable</c> in a forwarding call, taken now (before a ** operand is evaluated).</summary>
    public static object[] SpreadArguments(object iterable, object function)
    {
        switch (iterable)
        {
            case PyTuple t when ReferenceEquals(t.Type, Py.TupleType):
                // Tuples are immutable: CallSpread only copies out of the array.
                return t.Items;
            case PyList l when ReferenceEquals(l.Type, Py.ListType):
                return l.ToArray();
        }

        var list = new PyList();
        ListExtendUnpacked(list, iterable, function);
        return list.ToArray();
    }

    /// <summary><c>f(leading..., *spread, **mapping)</c> with <paramref name="mapping"/> null when there is none.</summary>
    public static object CallSpread(object f, object[] leading, object[] spread, object? mapping)
    {
        var dict = mapping switch
        {
            null => null,
            PyDict d when ReferenceEquals(d.Type, Py.DictType) => d,
            _ => MergedKwargs(mapping, f),
        };
        var positional = leading.Length + spread.Length;
        var args = new object[positional + (dict?.Count ?? 0)];
        leading.CopyTo(args, 0);
        spread.CopyTo(args, leading.Length);
        if (dict is not { Count: > 0 })
        {
            return Ops.Call(f, args);
        }

        var names = new string[dict.Count];
        var pos = 0;
        var k = 0;
        while (dict.TryGetEntry(ref pos, out var key, out var value))
        {
            names[k] = key as string ?? throw Ops.TypeError("keywords must be strings");
            args[positional + k] = value;
            k++;
        }

        return Ops.Call(f, args, names);
    }

    private static PyDict MergedKwargs(object mapping, object function)
    {
        var dict = new PyDict();
        MergeKwargs(dict, mapping, function);
        return dict;
    }

    public static object CallStar(object f, PyList positional, PyDict? kwargs) => Ops.CallStar(f, positional.ToArray(), kwargs);

    public static string FormatValue(object value, int conversion, string spec)
    {
        value = conversion switch
        {
            's' => Ops.Str(value),
            'r' => Ops.Repr(value),
            'a' => Ops.Ascii(value),
            _ => value,
        };
        if (spec.Length == 0)
        {
            // format(x, '') is str(x): strings as they are, ints in decimal (bool is not a long here).
            switch (value)
            {
                case string s:
                    return s;
                case long l:
                    return l.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return Ops.Format(value, spec);
    }

    public static PythonException SyntaxErrorAt(string message, string fileName, int line) =>
        Ops.Error(PyExc.SyntaxError, $"{message} ({fileName}, line {line})");

    public static PythonException AssertionFailed(object? message) =>
        new PyBaseException(PyExc.AssertionError, message is null ? Py.EmptyTuple : new PyTuple([message])).ToClr();
}
