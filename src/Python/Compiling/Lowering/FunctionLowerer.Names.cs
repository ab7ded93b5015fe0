using System.Linq.Expressions;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Compiling.Symbols;
using IronUwsgi.Python.Objects;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>Loads, stores and deletes of names, by where the symbol table put them.</summary>
internal sealed partial class FunctionLowerer
{
    private string Mangle(string name)
    {
        if (!Python.Runtime.PrivateNames.IsPrivate(name))
        {
            return name;
        }
        for (var s = scope; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class)
            {
                return Python.Runtime.PrivateNames.Mangle(s.Name, name);
            }
        }
        return name;
    }

    private E LoadName(string rawName, bool forClassModule = false)
    {
        var name = forClassModule ? rawName : Mangle(rawName);
        var binding = forClassModule ? Binding.Global : scope.BindingOf(name);
        switch (binding)
        {
            case Binding.Local:
                {
                    var v = variables[name];
                    return IsAlwaysBound(name) ? v : E.Coalesce(v, E.Call(typeof(CompiledOps), nameof(CompiledOps.UnboundLocal), null, E.Constant(name)));
                }

            case Binding.Cell:
            case Binding.Free:
                return E.Coalesce(E.Property(variables[name], nameof(PyCell.Value)),
                    E.Call(typeof(CompiledOps), nameof(CompiledOps.UnboundFree), null, E.Constant(name), E.Constant(binding == Binding.Free)));
            case Binding.ClassFree:
                return E.Call(typeof(CompiledOps), nameof(CompiledOps.LoadClassFree), null, namespaceDict!, variables[name], E.Constant(name));
            case Binding.Name when namespaceDict is not null:
                return E.Call(typeof(CompiledOps), nameof(CompiledOps.LoadName), null, namespaceDict, globals, E.Constant(new GlobalSite(name, Source.Builtins)));
            default:
                return E.Call(typeof(CompiledOps), nameof(CompiledOps.LoadGlobal), null, globals, E.Constant(new GlobalSite(name, Source.Builtins)));
        }
    }

    // Parameters stay bound unless the body deletes them.
    private bool IsAlwaysBound(string name) =>
        Array.IndexOf(Code.VarNames, name) is var i && i >= 0 && i < Code.TotalArgCount && !deletedNames.Contains(name);

    private E StoreName(string rawName, E value)
    {
        var name = Mangle(rawName);
        value = E.Convert(value, typeof(object));
        switch (scope.BindingOf(name))
        {
            case Binding.Local:
                return E.Assign(variables[name], value);
            case Binding.Cell:
            case Binding.Free:
                return E.Assign(E.Property(variables[name], nameof(PyCell.Value)), value);
            case Binding.Name or Binding.ClassFree when namespaceDict is not null:
                return E.Call(typeof(CompiledOps), nameof(CompiledOps.StoreName), null, namespaceDict, E.Constant(name), value);
            default:
                return E.Call(typeof(CompiledOps), nameof(CompiledOps.StoreName), null, globals, E.Constant(name), value);
        }
    }

    private E DeleteName(string rawName)
    {
        var name = Mangle(rawName);
        switch (scope.BindingOf(name))
        {
            case Binding.Local:
                return E.Assign(variables[name], E.Convert(E.Call(typeof(CompiledOps), nameof(CompiledOps.CheckDelete), null, variables[name], E.Constant(name)), typeof(object)));
            case Binding.Cell:
            case Binding.Free:
                {
                    var value = E.Property(variables[name], nameof(PyCell.Value));
                    return E.Assign(value, E.Call(typeof(CompiledOps), nameof(CompiledOps.CheckDelete), null, value, E.Constant(name)));
                }

            case Binding.Name or Binding.ClassFree when namespaceDict is not null:
                return E.Call(typeof(CompiledOps), nameof(CompiledOps.DeleteName), null, namespaceDict, E.Constant(name), E.Constant(false));
            default:
                return E.Call(typeof(CompiledOps), nameof(CompiledOps.DeleteName), null, globals, E.Constant(name), E.Constant(true));
        }
    }
}
