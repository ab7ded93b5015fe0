using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>Name access for globals, module and class namespaces, and unbound-variable errors.</summary>
internal static partial class CompiledOps
{
    public static object LoadGlobal(PyDict globals, GlobalSite site) => site.Load(globals);

    /// <summary>Module and class bodies: the namespace, then globals, then builtins.</summary>
    public static object LoadName(PyDict locals, PyDict globals, GlobalSite site)
    {
        if (!ReferenceEquals(locals.Type, Py.DictType) && Ops.TryLookupSpecial(locals, "__getitem__", out var getitem))
        {
            // A namespace from a metaclass's __prepare__ sees its own __getitem__.
            try
            {
                return Ops.Call(getitem, site.Name);
            }
            catch (PythonException e) when (Ops.Matches(e, PyExc.KeyError))
            {
                return LoadGlobal(globals, site);
            }
        }

        if (locals.TryGetValue(site.Name, out var value) || globals.TryGetValue(site.Name, out value) || site.Builtins.TryGetValue(site.Name, out value))
        {
            return value;
        }

        throw Ops.NameError(site.Name);
    }

    /// <summary>A class body reading a name of an enclosing function: the class namespace wins.</summary>
    public static object LoadClassFree(PyDict locals, PyCell cell, string name)
    {
        if (locals.TryGetValue(name, out var value))
        {
            return value;
        }

        return cell.Value ?? UnboundFree(name, true);
    }

    public static void StoreName(PyDict dict, string name, object value)
    {
        if (ReferenceEquals(dict.Type, Py.DictType))
        {
            dict[name] = value;
        }
        else
        {
            Ops.SetItem(dict, name, value);
        }
    }

    public static void DeleteName(PyDict dict, string name, bool global)
    {
        if (!dict.Remove(name))
        {
            throw Ops.NameError(name);
        }
    }

    public static void DeleteNameIfPresent(PyDict dict, string name) => dict.Remove(name);

    public static object? CheckDelete(object? current, string name) =>
        current is null ? throw UnboundLocalError(name) : null;

    public static object UnboundLocal(string name) => throw UnboundLocalError(name);

    public static object UnboundFree(string name, bool free)
    {
        if (!free)
        {
            throw UnboundLocalError(name);
        }

        var e = new PyBaseException(PyExc.NameError, new PyTuple([$"cannot access free variable '{name}' where it is not associated with a value in enclosing scope"]));
        (e.Dict = new PyDict())["name"] = name;
        throw e.ToClr();
    }

    private static PythonException UnboundLocalError(string name)
    {
        var e = new PyBaseException(PyExc.UnboundLocalError, new PyTuple([$"cannot access local variable '{name}' where it is not associated with a value"]));
        (e.Dict = new PyDict())["name"] = name;
        return e.ToClr();
    }

    public static void Annotate(PyDict ns, string name, object annotation)
    {
        if (!ns.TryGetValue("__annotations__", out var annotations))
        {
            annotations = new PyDict();
            ns["__annotations__"] = annotations;
        }

        Ops.SetItem(annotations, name, annotation);
    }
}

/// <summary>
/// A global or builtin name read by compiled code. It caches the entry position of the name in
/// the globals (or builtins) dict: while a dict's insert/remove count is unchanged its entries do
/// not move, and values are updated in place, so reading that entry gives the current value.
/// The cache is one immutable snapshot, replaced whole, so threads never see half an update.
/// </summary>
internal sealed class GlobalSite(string name, PyDict builtins)
{
    private Snapshot? cache;

    public string Name { get; } = name;

    public PyDict Builtins { get; } = builtins;

    public object Load(PyDict globals)
    {
        if (cache is { } c && ReferenceEquals(globals, c.Globals) && globals.Mutations == c.GlobalsMutations)
        {
            if (c.GlobalsPosition >= 0)
            {
                return ValueAt(globals, c.GlobalsPosition);
            }

            if (Builtins.Mutations == c.BuiltinsMutations)
            {
                return ValueAt(Builtins, c.BuiltinsPosition);
            }
        }

        return LoadSlow(globals);
    }

    private object LoadSlow(PyDict globals)
    {
        var globalsMutations = globals.Mutations;
        var inGlobals = PositionOf(globals);
        var builtinsMutations = Builtins.Mutations;
        var inBuiltins = inGlobals >= 0 ? -1 : PositionOf(Builtins);
        if (inGlobals < 0 && inBuiltins < 0)
        {
            throw Ops.NameError(Name);
        }

        cache = new Snapshot(globals, globalsMutations, inGlobals, builtinsMutations, inBuiltins);
        return inGlobals >= 0 ? ValueAt(globals, inGlobals) : ValueAt(Builtins, inBuiltins);
    }

    private static object ValueAt(PyDict dict, int position)
    {
        dict.TryGetEntry(ref position, out _, out var value);
        return value;
    }

    private int PositionOf(PyDict dict)
    {
        if (!dict.ContainsKey(Name))
        {
            return -1;
        }

        var pos = 0;
        while (dict.TryGetEntry(ref pos, out var key, out _))
        {
            // TryGetEntry moved past the live entry it returned.
            if (key is string s && s == Name)
            {
                return pos - 1;
            }
        }

        return -1;
    }

    private sealed record Snapshot(PyDict Globals, int GlobalsMutations, int GlobalsPosition, int BuiltinsMutations, int BuiltinsPosition);
}
