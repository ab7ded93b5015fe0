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
/// A global or builtin name read by compiled code: the globals dict, then the engine's builtins.
/// The name's hash is computed once and each dict is probed first at the entry the name was last
/// found at, so assigning, deleting or shadowing a global or builtin needs no invalidation.
/// </summary>
internal sealed class GlobalSite
{
    private readonly long hash;
    private int globalsHint;
    private int builtinsHint;

    public GlobalSite(string name, PyDict builtins)
    {
        Name = string.Intern(name);
        hash = PyDict.StringHash(Name);
        Builtins = builtins;
    }

    public string Name { get; }

    public PyDict Builtins { get; }

    public object Load(PyDict globals) =>
        globals.TryGetHinted(Name, hash, ref globalsHint, out var value) || Builtins.TryGetHinted(Name, hash, ref builtinsHint, out value)
            ? value
            : throw Ops.NameError(Name);
}
