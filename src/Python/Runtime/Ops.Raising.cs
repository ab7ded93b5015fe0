using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Runtime;

/// <summary>raise/except support and isinstance/issubclass, for compiled code and builtins.</summary>
internal static partial class Ops
{
    /// <summary>
    /// Builds the exception for <c>raise exc [from cause]</c>: classes are instantiated, the cause is
    /// attached with __suppress_context__ set. <paramref name="cause"/> null means no from-clause.
    /// </summary>
    public static PythonException MakeRaise(object exc, object? cause)
    {
        var value = ToException(exc, "exceptions must derive from BaseException");
        if (cause is not null)
        {
            value.Cause = cause is PyNone ? Py.None : ToException(cause, "exception causes must derive from BaseException");
            value.SuppressContext = true;
        }
        return new PythonException(value);
    }

    private static PyBaseException ToException(object o, string error)
    {
        switch (o)
        {
            case PyBaseException e:
                return e;
            case PyType t when t.IsSubtypeOf(PyExc.BaseException):
                return Call(t) as PyBaseException ?? throw TypeError($"calling {t.Name} should have returned an instance of BaseException, not {TypeName(Call(t))}");
            default:
                throw TypeError(error);
        }
    }

    /// <summary>except clause matching: a class or a tuple of classes.</summary>
    public static bool ExceptionMatches(PyBaseException e, object clause)
    {
        if (clause is PyTuple t)
        {
            foreach (var c in t.Items)
            {
                if (ExceptionMatches(e, c))
                {
                    return true;
                }
            }
            return false;
        }
        if (clause is not PyType type || !type.IsSubtypeOf(PyExc.BaseException))
        {
            throw TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return e.Type.IsSubtypeOf(type);
    }

    /// <summary>isinstance(o, cls): tuples, a metaclass's __instancecheck__, a __class__ that differs from the type, and unions.</summary>
    public static bool IsInstance(object o, object cls)
    {
        if (cls is PyType t)
        {
            if (Py.TypeOf(o).IsSubtypeOf(t))
            {
                return true;
            }

            if (!ReferenceEquals(t.Type, Py.TypeType) && t.Type.Lookup("__instancecheck__") is not null && TryLookupSpecial(t, "__instancecheck__", out var check))
            {
                return IsTrue(Call(check, o));
            }

            return TryGetAttr(o, "__class__", out var c) && c is PyType ct && !ReferenceEquals(ct, Py.TypeOf(o)) && ct.IsSubtypeOf(t);
        }

        if (cls is PyTuple tuple)
        {
            return tuple.Items.Any(c => IsInstance(o, c));
        }

        if (TryLookupSpecial(cls, "__instancecheck__", out var custom))
        {
            return IsTrue(Call(custom, o));
        }

        throw TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /// <summary>issubclass(o, cls): tuples, a metaclass's __subclasscheck__, and objects that are not classes but answer it (typing's aliases).</summary>
    public static bool IsSubclass(object o, object cls)
    {
        if (cls is PyTuple tuple)
        {
            return tuple.Items.Any(c => IsSubclass(o, c));
        }

        if (cls is PyType t && !ReferenceEquals(t.Type, Py.TypeType) && t.Type.Lookup("__subclasscheck__") is not null && TryLookupSpecial(t, "__subclasscheck__", out var check))
        {
            return IsTrue(Call(check, o));
        }

        // Objects that are not classes (typing's aliases) may still answer issubclass through their type.
        if (cls is not PyType && TryLookupSpecial(cls, "__subclasscheck__", out var custom))
        {
            return IsTrue(Call(custom, o));
        }

        if (o is not PyType sub)
        {
            throw TypeError("issubclass() arg 1 must be a class");
        }

        if (cls is not PyType super)
        {
            throw TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }

        return sub.IsSubtypeOf(super);
    }
}
