using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>
/// Creating classes: type(name, bases, ns) and class statements (metaclass selection, __prepare__,
/// C3 MRO, __slots__, __set_name__, __init_subclass__, the __class__ cell).
/// </summary>
internal static class TypeFactory
{
    /// <summary>
    /// First half of a class statement: picks the metaclass and calls its __prepare__.
    /// The compiler then runs the class body against the returned namespace and calls <see cref="FinishClass"/>.
    /// </summary>
    public static object PrepareClass(string name, object[] bases, PyDict keywords, out object metaclass)
    {
        if (keywords.TryGetValue("metaclass", out var explicitMeta))
        {
            keywords.Remove("metaclass");
            metaclass = explicitMeta is PyType mt ? CalculateMeta(mt, bases) : explicitMeta;
        }
        else
        {
            metaclass = bases.Length == 0 ? Py.TypeType : CalculateMeta(Py.TypeOf(bases[0]), bases);
        }
        if (Ops.TryGetAttr(metaclass, "__prepare__", out var prepare))
        {
            var args = BuildArgs(new object[] { name, new PyTuple(bases) }, keywords, out var kwnames);
            return Ops.Call(prepare, args, kwnames);
        }
        return new PyDict();
    }

    /// <summary>Second half of a class statement: metaclass(name, bases, ns, **keywords).</summary>
    public static object FinishClass(object metaclass, string name, object[] bases, object ns, PyDict keywords)
    {
        var args = BuildArgs(new[] { name, new PyTuple(bases), ns }, keywords, out var kwnames);
        return Ops.Call(metaclass, args, kwnames);
    }

    private static object[] BuildArgs(object[] positional, PyDict keywords, out string[]? kwnames)
    {
        if (keywords.Count == 0)
        {
            kwnames = null;
            return positional;
        }
        var args = new object[positional.Length + keywords.Count];
        positional.CopyTo(args, 0);
        kwnames = new string[keywords.Count];
        var pos = 0;
        var i = 0;
        while (keywords.TryGetEntry(ref pos, out var k, out var v))
        {
            kwnames[i] = (string)k;
            args[positional.Length + i] = v;
            i++;
        }
        return args;
    }

    /// <summary>The most derived metaclass among <paramref name="meta"/> and the bases' types.</summary>
    public static PyType CalculateMeta(PyType meta, object[] bases)
    {
        var winner = meta;
        foreach (var b in bases)
        {
            var t = Py.TypeOf(b);
            if (winner.IsSubtypeOf(t))
            {
                continue;
            }
            if (t.IsSubtypeOf(winner))
            {
                winner = t;
                continue;
            }
            throw Ops.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>type.__new__(meta, name, bases, ns, **kwargs).</summary>
    public static PyType Create(PyType meta, string name, object[] baseObjects, PyDict ns, PyDict kwargs)
    {
        meta = CalculateMeta(meta, baseObjects);
        var bases = new PyType[baseObjects.Length == 0 ? 1 : baseObjects.Length];
        if (baseObjects.Length == 0)
        {
            bases[0] = Py.ObjectType;
        }
        for (var i = 0; i < baseObjects.Length; i++)
        {
            var b = baseObjects[i] as PyType ?? throw Ops.TypeError($"bases must be types");
            if ((b.Flags & TypeFlags.BaseType) == 0 && !b.IsHeap)
            {
                throw Ops.TypeError($"type '{b.Name}' is not an acceptable base type");
            }
            for (var j = 0; j < i; j++)
            {
                if (ReferenceEquals(bases[j], b))
                {
                    throw Ops.TypeError($"duplicate base class {b.Name}");
                }
            }
            bases[i] = b;
        }
        var solid = SolidBase(bases);
        var dict = ns.Copy();
        // type(name, bases, ns) called directly: the class belongs to the calling code's module.
        if (!dict.ContainsKey("__module__") && Engine.PythonThread.CurrentOrNull?.Frame(0) is { } caller && caller.Globals.TryGetValue("__name__", out var module))
        {
            dict["__module__"] = module;
        }
        var cls = new PyType(meta, name, bases, dict, TypeFlags.Heap | TypeFlags.BaseType) { SolidBase = solid };
        if (dict.TryGetValue("__qualname__", out var qn))
        {
            cls.QualName = qn as string ?? throw Ops.TypeError($"type __qualname__ must be a str, not {Ops.TypeName(qn)}");
            dict.Remove("__qualname__");
        }
        if (dict.ContainsKey("__eq__") && !dict.ContainsKey("__hash__"))
        {
            // A class that defines __eq__ without __hash__ is unhashable.
            dict["__hash__"] = Py.None;
        }
        SetupSlots(cls, bases, dict);
        // After the slots, as in CPython: '__doc__' may itself be a slot (per-instance docs).
        if (!dict.ContainsKey("__doc__"))
        {
            dict["__doc__"] = Py.None;
        }
        WrapImplicitMethods(dict);
        cls.Ready(ComputeMro(cls, bases));
        if (dict.TryGetValue("__classcell__", out var cell))
        {
            if (cell is PyCell c)
            {
                c.Value = cls;
            }
            dict.Remove("__classcell__");
        }
        CallSetName(cls, dict);
        InitSubclass(cls, kwargs);
        return cls;
    }

    private static PyType SolidBase(PyType[] bases)
    {
        var winner = bases[0].SolidBase;
        foreach (var b in bases)
        {
            var s = b.SolidBase;
            if (winner.IsSubtypeOf(s))
            {
                continue;
            }
            if (s.IsSubtypeOf(winner))
            {
                winner = s;
                continue;
            }
            throw Ops.TypeError("multiple bases have instance lay-out conflict");
        }
        return winner;
    }

    private static void SetupSlots(PyType cls, PyType[] bases, PyDict dict)
    {
        var inherited = new List<string>(bases[0].DeclaredSlots);
        var baseHasDict = false;
        foreach (var b in bases)
        {
            // Slot storage is indexed: every base's slots must sit at the same indexes as in the first base's layout.
            if (!inherited.Take(b.DeclaredSlots.Length).SequenceEqual(b.DeclaredSlots) || b.DeclaredSlots.Length > inherited.Count)
            {
                throw Ops.TypeError("multiple bases have instance lay-out conflict");
            }
            if (b.HasInstanceDict)
            {
                baseHasDict = true;
            }
        }
        if (!dict.TryGetValue("__slots__", out var slotsObj))
        {
            cls.DeclaredSlots = inherited.ToArray();
            cls.Flags |= TypeFlags.HasDict;
            if (!baseHasDict)
            {
                dict["__dict__"] = DictDescriptor(cls);
            }
            return;
        }
        var names = slotsObj is string one ? new object[] { one } : Ops.ToArray(slotsObj);
        var wantsDict = baseHasDict;
        var all = new List<string>(inherited);
        foreach (var n in names)
        {
            var s = n as string ?? throw Ops.TypeError($"__slots__ items must be strings, not '{Ops.TypeName(n)}'");
            s = PrivateNames.Mangle(cls.Name, s);
            if (s == "__dict__")
            {
                wantsDict = true;
                continue;
            }
            if (s == "__weakref__")
            {
                continue;
            }
            if (dict.ContainsKey(s))
            {
                throw Ops.ValueError($"'{s}' in __slots__ conflicts with class variable");
            }
            dict[s] = new PySlotMember(s, cls, all.Count);
            all.Add(s);
        }
        cls.DeclaredSlots = all.ToArray();
        if (wantsDict)
        {
            cls.Flags |= TypeFlags.HasDict;
            if (!baseHasDict)
            {
                dict["__dict__"] = DictDescriptor(cls);
            }
        }
    }

    private static PyGetSet DictDescriptor(PyType cls) =>
        new("__dict__", cls, self => self is PyInstance pi ? pi.EnsureDict() : ((PyObject)self).Dict ??= new PyDict(), (self, v) =>
            ((PyObject)self).Dict = v as PyDict ?? throw Ops.TypeError($"__dict__ must be set to a dictionary, not a '{Ops.TypeName(v)}'"));

    // __new__ is implicitly a static method; __init_subclass__ and __class_getitem__ implicitly class methods.
    private static void WrapImplicitMethods(PyDict dict)
    {
        if (dict.TryGetValue("__new__", out var n) && n is PyFunction)
        {
            dict["__new__"] = new PyStaticMethod(n);
        }
        foreach (var name in new[] { "__init_subclass__", "__class_getitem__" })
        {
            if (dict.TryGetValue(name, out var f) && f is PyFunction)
            {
                dict[name] = new PyClassMethod(f);
            }
        }
    }

    /// <summary>C3 linearisation of the class and its bases.</summary>
    public static PyType[] ComputeMro(PyType cls, PyType[] bases)
    {
        var seqs = new List<List<PyType>>();
        foreach (var b in bases)
        {
            seqs.Add(new List<PyType>(b.Mro));
        }
        seqs.Add(new List<PyType>(bases));
        var result = new List<PyType> { cls };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0)
            {
                return result.ToArray();
            }
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                var inTail = false;
                foreach (var other in seqs)
                {
                    if (other.IndexOf(head) > 0)
                    {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail)
                {
                    candidate = head;
                    break;
                }
            }
            if (candidate is null)
            {
                var names = new List<string>();
                foreach (var s in seqs)
                {
                    if (!names.Contains(s[0].Name))
                    {
                        names.Add(s[0].Name);
                    }
                }
                throw Ops.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {string.Join(", ", names)}");
            }
            result.Add(candidate);
            foreach (var s in seqs)
            {
                if (ReferenceEquals(s[0], candidate))
                {
                    s.RemoveAt(0);
                }
            }
        }
    }

    private static void CallSetName(PyType cls, PyDict dict)
    {
        var pairs = new List<(object Key, object Value)>();
        var pos = 0;
        while (dict.TryGetEntry(ref pos, out var k, out var v))
        {
            pairs.Add((k, v));
        }
        foreach (var (k, v) in pairs)
        {
            if (v is PyProperty p && ReferenceEquals(p.Type, Py.PropertyType) && k is string pn)
            {
                p.Name ??= pn;
                continue;
            }
            if (v is PyObject po && !(po is PyFunction or PyBuiltinFunction) && Ops.TryLookupSpecial(po, "__set_name__", out var setName))
            {
                Ops.Call(setName, cls, k);
            }
        }
    }

    private static void InitSubclass(PyType cls, PyDict kwargs)
    {
        var mro = cls.Mro;
        for (var i = 1; i < mro.Length; i++)
        {
            if (mro[i].Namespace.TryGetValue("__init_subclass__", out var f))
            {
                var bound = f is PyObject pf ? Ops.DescrGet(pf, null, cls) : f;
                var args = BuildArgs(Array.Empty<object>(), kwargs, out var kwnames);
                Ops.Call(bound, args, kwnames);
                return;
            }
        }
    }
}
