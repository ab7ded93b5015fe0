using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>
/// What a builtin consuming a generator expression does with each item when the generator's loops
/// run straight into it (<see cref="GeneratorConsumerSite"/>). A StopIteration raised here comes from
/// the builtin's own work (an <c>__add__</c>, <c>__bool__</c> or <c>__hash__</c>), not from the
/// generator, so it must pass through unchanged instead of becoming PEP 479's RuntimeError.
/// </summary>
internal static class ConsumerOps
{
    public static object Add(object total, object item)
    {
        try
        {
            return Ops.Add(total, item);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            throw new ConsumerStopIteration(e);
        }
    }

    public static bool IsTrue(object item)
    {
        if (item is bool b)
        {
            return b;
        }

        try
        {
            return Ops.IsTrue(item);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            throw new ConsumerStopIteration(e);
        }
    }

    public static void SetAdd(object set, object item)
    {
        try
        {
            ((PySet)set).Add(item);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            throw new ConsumerStopIteration(e);
        }
    }
}

/// <summary>Carries a consumer's own StopIteration past the generator's PEP 479 conversion.</summary>
internal sealed class ConsumerStopIteration(PythonException inner) : Exception
{
    public PythonException Inner { get; } = inner;
}
