using IronUwsgi.Python.Compiling.Lowering;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>
/// A call like <c>sum(x for x in xs)</c> whose only argument is a generator expression and whose
/// callee is named after a builtin that consumes it. When the callee really is that builtin, the
/// generator expression's loops run straight into the result (no generator, no resumption per
/// item), which is what the builtin would have computed item by item; otherwise the generator is
/// made and passed as usual.
/// </summary>
internal sealed class GeneratorConsumerSite
{
    private readonly CodeUnit unit;
    private readonly Consumer consumer;

    private GeneratorConsumerSite(CodeUnit unit, Consumer consumer)
    {
        this.unit = unit;
        this.consumer = consumer;
    }

    private enum Consumer
    {
        List,
        Tuple,
        Set,
        Sorted,
        Sum,
        Any,
        All,
    }

    /// <summary>The site for a call of the builtin named <paramref name="name"/>, or null when no builtin of that name consumes a generator this way.</summary>
    public static GeneratorConsumerSite? For(CodeUnit unit, string name)
    {
        Consumer? consumer = name switch
        {
            "list" => Consumer.List,
            "tuple" => Consumer.Tuple,
            "set" => Consumer.Set,
            "sorted" => Consumer.Sorted,
            "sum" => Consumer.Sum,
            "any" => Consumer.Any,
            "all" => Consumer.All,
            _ => null,
        };
        return consumer is { } c ? new GeneratorConsumerSite(unit, c) : null;
    }

    public object Invoke(object callee, PyDict globals, PyCell[]? closure, object iterator)
    {
        switch (consumer)
        {
            case Consumer.List when ReferenceEquals(callee, Py.ListType):
                return unit.RunComprehension(ComprehensionKind.List, globals, closure, iterator);
            case Consumer.Tuple when ReferenceEquals(callee, Py.TupleType):
                return new PyTuple(((PyList)unit.RunComprehension(ComprehensionKind.List, globals, closure, iterator)).ToArray());
            case Consumer.Set when ReferenceEquals(callee, Py.SetType):
                return unit.RunComprehension(ComprehensionKind.Set, globals, closure, iterator);
            case Consumer.Sorted when PyBuiltinFunction.Is(callee, Intrinsic.Sorted):
                // sorted() first makes a list of all the items, so it is given that list instead of the generator.
                return ((PyObject)callee).Call1(unit.RunComprehension(ComprehensionKind.List, globals, closure, iterator));
            case Consumer.Sum when PyBuiltinFunction.Is(callee, Intrinsic.Sum):
                return unit.RunComprehension(ComprehensionKind.Sum, globals, closure, iterator);
            case Consumer.Any when PyBuiltinFunction.Is(callee, Intrinsic.Any):
                return unit.RunComprehension(ComprehensionKind.Any, globals, closure, iterator);
            case Consumer.All when PyBuiltinFunction.Is(callee, Intrinsic.All):
                return unit.RunComprehension(ComprehensionKind.All, globals, closure, iterator);
            default:
                return Python.Runtime.Ops.Call(callee, unit.RunComprehension(ComprehensionKind.Own, globals, closure, iterator));
        }
    }
}
