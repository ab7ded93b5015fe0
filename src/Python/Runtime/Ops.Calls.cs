using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Runtime;

/// <summary>Calls: plain, with a bound first argument (slots and methods), and with *args/**kwargs.</summary>
internal static partial class Ops
{
    public static object Call(object f) => f is PyObject p ? p.Call0() : throw NotCallable(f);

    public static object Call(object f, object a) => f is PyObject p ? p.Call1(a) : throw NotCallable(f);

    public static object Call(object f, object a, object b) => f is PyObject p ? p.Call2(a, b) : throw NotCallable(f);

    public static object Call(object f, object a, object b, object c) => f is PyObject p ? p.Call3(a, b, c) : throw NotCallable(f);

    /// <summary>General call: positional values then keyword values named by <paramref name="kwnames"/>.</summary>
    public static object Call(object f, object[] args, string[]? kwnames = null) =>
        f is PyObject p ? p.Call(args, kwnames) : throw NotCallable(f);

    /// <summary>f(*positional, **kwargs) after the caller has flattened the star arguments.</summary>
    public static object CallStar(object f, IReadOnlyList<object> positional, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0)
        {
            var a = new object[positional.Count];
            for (var i = 0; i < a.Length; i++)
            {
                a[i] = positional[i];
            }
            return Call(f, a);
        }
        var args = new object[positional.Count + kwargs.Count];
        var names = new string[kwargs.Count];
        for (var i = 0; i < positional.Count; i++)
        {
            args[i] = positional[i];
        }
        var pos = 0;
        var k = 0;
        while (kwargs.TryGetEntry(ref pos, out var key, out var value))
        {
            names[k] = key as string ?? throw TypeError("keywords must be strings");
            args[positional.Count + k] = value;
            k++;
        }
        return Call(f, args, names);
    }

    public static PythonException NotCallable(object f) => TypeError($"'{TypeName(f)}' object is not callable");

    /// <summary>Calls a class attribute (usually a resolved slot) as a method of <paramref name="self"/>.</summary>
    public static object CallBound(object func, object self) => func switch
    {
        PyFunction f => f.Call1(self),
        PyBuiltinFunction { Owner: not null } b => b.Call1(self),
        PyObject p => Call(DescrGet(p, self, Py.TypeOf(self))),
        _ => throw NotCallable(func),
    };

    public static object CallBound(object func, object self, object a) => func switch
    {
        PyFunction f => f.Call2(self, a),
        PyBuiltinFunction { Owner: not null } b => b.Call2(self, a),
        PyObject p => Call(DescrGet(p, self, Py.TypeOf(self)), a),
        _ => throw NotCallable(func),
    };

    public static object CallBound(object func, object self, object a, object b) => func switch
    {
        PyFunction f => f.Call3(self, a, b),
        PyBuiltinFunction { Owner: not null } bf => bf.Call3(self, a, b),
        PyObject p => Call(DescrGet(p, self, Py.TypeOf(self)), a, b),
        _ => throw NotCallable(func),
    };

    public static object CallBound(object func, object self, object[] args, string[]? kwnames)
    {
        switch (func)
        {
            case PyFunction f:
                return f.CallWithSelf(self, args, kwnames);
            case PyBuiltinFunction { Owner: not null } b:
                var all = new object[args.Length + 1];
                all[0] = self;
                args.CopyTo(all, 1);
                return b.Call(all, kwnames);
            case PyObject p:
                return Call(DescrGet(p, self, Py.TypeOf(self)), args, kwnames);
            default:
                throw NotCallable(func);
        }
    }

    /// <summary>obj.name() without creating a bound method when the attribute is a plain method.</summary>
    public static object CallMethod(object obj, string name)
    {
        if (TryGetPlainMethod(obj, name, out var m))
        {
            return CallBound(m, obj);
        }
        return Call(GetAttr(obj, name));
    }

    public static object CallMethod(object obj, string name, object a)
    {
        if (TryGetPlainMethod(obj, name, out var m))
        {
            return CallBound(m, obj, a);
        }
        return Call(GetAttr(obj, name), a);
    }

    public static object CallMethod(object obj, string name, object a, object b)
    {
        if (TryGetPlainMethod(obj, name, out var m))
        {
            return CallBound(m, obj, a, b);
        }
        return Call(GetAttr(obj, name), a, b);
    }

    public static object CallMethod(object obj, string name, object[] args, string[]? kwnames)
    {
        if (TryGetPlainMethod(obj, name, out var m))
        {
            return CallBound(m, obj, args, kwnames);
        }
        return Call(GetAttr(obj, name), args, kwnames);
    }

    /// <summary>Finds a function or method descriptor on the class that the instance does not shadow.</summary>
    private static bool TryGetPlainMethod(object obj, string name, out object method)
    {
        var type = Py.TypeOf(obj);
        if (ReferenceEquals(type.Slots[(int)SlotId.GetAttribute], ObjectMethods.GetAttribute))
        {
            var attr = type.Lookup(name);
            if ((attr is PyFunction || attr is PyBuiltinFunction { Owner: not null })
                && (obj is not PyObject { Dict: { } d } || !d.ContainsKey(name)))
            {
                method = attr;
                return true;
            }
        }
        method = null!;
        return false;
    }
}
