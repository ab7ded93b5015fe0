using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Calling a class: the metaclass __call__, then __new__ and __init__.</summary>
internal static class TypeCall
{
    public static object Invoke(PyType cls, object[] args, string[]? kwnames)
    {
        var meta = cls.Type;
        if (!ReferenceEquals(meta, Py.TypeType))
        {
            var call = meta.Slots[(int)SlotId.Call];
            if (call is not null && !ReferenceEquals(call, TypeMethods.CallMethod))
            {
                return Ops.CallBound(call, cls, args, kwnames);
            }
        }
        return Construct(cls, args, kwnames);
    }

    /// <summary>type.__call__: obj = cls.__new__(cls, ...); obj.__init__(...) when obj is an instance of cls.</summary>
    public static object Construct(PyType cls, object[] args, string[]? kwnames)
    {
        if (ReferenceEquals(cls, Py.TypeType) && args.Length == 1 && (kwnames is null || kwnames.Length == 0))
        {
            return Py.TypeOf(args[0]);
        }
        var newSlot = cls.Slots[(int)SlotId.New] ?? throw Ops.TypeError($"cannot create '{cls.Name}' instances");
        object obj;
        if (ReferenceEquals(newSlot, ObjectMethods.NewMethod))
        {
            if (args.Length > 0 && ReferenceEquals(cls.Slots[(int)SlotId.Init], ObjectMethods.InitMethod))
            {
                throw Ops.TypeError($"{cls.Name}() takes no arguments");
            }
            obj = ObjectMethods.CreateInstance(cls);
        }
        else
        {
            var newFunc = newSlot is PyStaticMethod sm ? sm.Function : newSlot;
            var all = new object[args.Length + 1];
            all[0] = cls;
            args.CopyTo(all, 1);
            obj = Ops.Call(newFunc, all, kwnames);
        }
        var objType = Py.TypeOf(obj);
        if (!objType.IsSubtypeOf(cls))
        {
            return obj;
        }
        var init = objType.Slots[(int)SlotId.Init];
        if (init is not null && !ReferenceEquals(init, ObjectMethods.InitMethod))
        {
            var r = Ops.CallBound(init, obj, args, kwnames);
            if (r is not PyNone)
            {
                throw Ops.TypeError($"__init__() should return None, not '{Ops.TypeName(r)}'");
            }
        }
        return obj;
    }

    /// <summary>Collects keyword arguments (the trailing kwnames.Length values starting at any index) into a dict.</summary>
    public static PyDict KeywordDict(object[] args, int positional, string[]? kwnames)
    {
        var d = new PyDict();
        if (kwnames is null)
        {
            return d;
        }
        for (var i = 0; i < kwnames.Length; i++)
        {
            d[kwnames[i]] = args[positional + i];
        }
        return d;
    }
}
