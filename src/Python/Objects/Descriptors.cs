namespace IronUwsgi.Python.Objects;

/// <summary>property: a data descriptor calling fget/fset/fdel.</summary>
internal sealed class PyProperty : PyObject
{
    public PyProperty(PyType type, object? fget, object? fset, object? fdel, object? doc)
        : base(type)
    {
        Getter = fget;
        Setter = fset;
        Deleter = fdel;
        Doc = doc;
    }

    public object? Getter { get; internal set; }

    public object? Setter { get; internal set; }

    public object? Deleter { get; internal set; }

    public object? Doc { get; internal set; }

    /// <summary>The attribute name the property was assigned to (from __set_name__), for error messages.</summary>
    public string? Name { get; internal set; }
}

/// <summary>classmethod: binds the wrapped callable to the class.</summary>
internal sealed class PyClassMethod : PyObject
{
    public PyClassMethod(PyType type, object function)
        : base(type) => Function = function;

    public PyClassMethod(object function)
        : this(Py.ClassMethodType, function)
    {
    }

    public object Function { get; internal set; }
}

/// <summary>staticmethod: returns the wrapped callable unbound.</summary>
internal sealed class PyStaticMethod : PyObject
{
    public PyStaticMethod(PyType type, object function)
        : base(type) => Function = function;

    public PyStaticMethod(object function)
        : this(Py.StaticMethodType, function)
    {
    }

    public object Function { get; internal set; }

    public override object Call(object[] args, string[]? kwnames) => ((PyObject)Function).Call(args, kwnames);
}

/// <summary>A data attribute of a builtin type computed in C# (e.g. type.__name__, int.real).</summary>
internal sealed class PyGetSet : PyObject
{
    public PyGetSet(string name, PyType owner, Func<object, object> getter, Action<object, object>? setter = null)
        : base(Py.GetSetDescriptorType)
    {
        Name = name;
        Owner = owner;
        Getter = getter;
        Setter = setter;
    }

    public string Name { get; }

    public PyType Owner { get; }

    public Func<object, object> Getter { get; }

    public Action<object, object>? Setter { get; }
}

/// <summary>A member descriptor for one __slots__ entry; values live in <see cref="PyInstance.SlotValues"/>.</summary>
internal sealed class PySlotMember : PyObject
{
    public PySlotMember(string name, PyType owner, int index)
        : base(Py.MemberDescriptorType)
    {
        Name = name;
        Owner = owner;
        Index = index;
    }

    public string Name { get; }

    public PyType Owner { get; }

    public int Index { get; }
}

/// <summary>super(type, obj): attribute lookup starting after <see cref="StartAfter"/> in the MRO of obj's type.</summary>
internal sealed class PySuper : PyObject
{
    public PySuper(PyType startAfter, object? self, PyType? selfType)
        : base(Py.SuperType)
    {
        StartAfter = startAfter;
        Self = self;
        SelfType = selfType;
    }

    public PyType StartAfter { get; }

    /// <summary>The bound object (instance or class), or null for an unbound super.</summary>
    public object? Self { get; }

    /// <summary>The type whose MRO is searched: type(obj), or obj itself when obj is a subclass.</summary>
    public PyType? SelfType { get; }
}

/// <summary>A module: a namespace dict with a name. Modules are per-engine mutable state.</summary>
internal sealed class PyModule : PyObject
{
    public PyModule(string name, PyDict? dict = null)
        : base(Py.ModuleType)
    {
        Dict = dict ?? new PyDict();
        Dict["__name__"] = name;
        if (!Dict.ContainsKey("__doc__"))
        {
            Dict["__doc__"] = Py.None;
        }
    }

    public string Name => Dict!.TryGetValue("__name__", out var n) && n is string s ? s : "?";
}
