using IronUwsgi.Python.Compiling.Generators;
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
        Join,
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

    /// <summary>The site for <c>separator.join(genexp)</c>.</summary>
    public static GeneratorConsumerSite ForJoin(CodeUnit unit) => new(unit, Consumer.Join);

    /// <summary>
    /// <c>separator.join(genexp)</c>: str.join makes a list of the items before joining them, so a str
    /// separator is given that list built by the loops; <paramref name="method"/> is the looked-up join
    /// of any other separator (null for a str), called with the generator.
    /// </summary>
    public object Join(object separator, object? method, PyDict globals, PyCell[]? closure, object iterator) =>
        method is null
            ? Builtins.StrMethods.Join((string)separator, RunLoops(ComprehensionKind.List, globals, closure, iterator))
            : Python.Runtime.Ops.Call(method, unit.RunComprehension(ComprehensionKind.Own, globals, closure, iterator));

    public object Invoke(object callee, PyDict globals, PyCell[]? closure, object iterator)
    {
        if (KindFor(callee) is not { } kind)
        {
            return Python.Runtime.Ops.Call(callee, unit.RunComprehension(ComprehensionKind.Own, globals, closure, iterator));
        }

        var result = RunLoops(kind, globals, closure, iterator);
        return consumer switch
        {
            Consumer.Tuple => new PyTuple(((PyList)result).ToArray()),

            // sorted() first makes a list of all the items, so it is given that list instead of the generator.
            Consumer.Sorted => ((PyObject)callee).Call1(result),
            _ => result,
        };
    }

    private object RunLoops(ComprehensionKind kind, PyDict globals, PyCell[]? closure, object iterator)
    {
        try
        {
            return unit.RunComprehension(kind, globals, closure, iterator);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            // The loops stand for a generator, so a StopIteration leaving them is what leaves a generator (PEP 479).
            throw CompiledGenerator.StopIterationEscaped(e);
        }
        catch (ConsumerStopIteration c)
        {
            throw c.Inner;
        }
    }

    // What the loops produce when the callee is the builtin this site is named after; null when it is not.
    private ComprehensionKind? KindFor(object callee) => consumer switch
    {
        Consumer.List when ReferenceEquals(callee, Py.ListType) => ComprehensionKind.List,
        Consumer.Tuple when ReferenceEquals(callee, Py.TupleType) => ComprehensionKind.List,
        Consumer.Set when ReferenceEquals(callee, Py.SetType) => ComprehensionKind.Set,
        Consumer.Sorted when PyBuiltinFunction.Is(callee, Intrinsic.Sorted) => ComprehensionKind.List,
        Consumer.Sum when PyBuiltinFunction.Is(callee, Intrinsic.Sum) => ComprehensionKind.Sum,
        Consumer.Any when PyBuiltinFunction.Is(callee, Intrinsic.Any) => ComprehensionKind.Any,
        Consumer.All when PyBuiltinFunction.Is(callee, Intrinsic.All) => ComprehensionKind.All,
        _ => null,
    };
}
