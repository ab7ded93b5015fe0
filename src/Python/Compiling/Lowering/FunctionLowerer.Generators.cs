using System.Linq.Expressions;
using IronUwsgi.Python.Compiling.Generators;
using IronUwsgi.Python.Objects;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>Generator functions: the call returns a generator whose resume function is the state machine.</summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>
    /// Builds the body of a generator function: bind the arguments, then return a generator
    /// closing over the locals. Resuming runs the body from the state's resume label.
    /// </summary>
    private E BuildGenerator(List<E> prologue, Func<List<E>> lowerBody)
    {
        var resumeReturn = E.Label(typeof(object), "suspend");
        generator = new GeneratorState(resumeReturn);
        var statements = lowerBody();
        var state = generator.State;
        var start = E.Label("start");
        var finished = E.Label("finished");
        var machine = new List<E>
        {
            generator.Dispatch(generator.Top, E.IfThen(E.NotEqual(state, E.Constant(0)), E.Goto(finished))),
        };
        machine.AddRange(statements);
        machine.Add(generator.Return(NoneConstant));
        machine.Add(E.Label(finished));
        machine.Add(E.Return(resumeReturn, E.Constant(null, typeof(object))));

        // The resume function frames itself like any function (recursion, tracebacks) on every resumption.
        var framed = FramedResume(E.Block(typeof(void), machine), resumeReturn);
        var resume = E.Lambda<Func<CompiledGenerator, object?>>(framed, Code.QualName, [generator.Generator]);
        var made = E.New(
            typeof(CompiledGenerator).GetConstructor([typeof(PyFunction), typeof(Func<CompiledGenerator, object?>)])!,
            function!, resume);
        var outer = new List<E>(prologue) { E.Assign(state, E.Constant(0)), made };
        var locals = variables.Values.Distinct().Concat(temps).Concat(generator.Hoisted).Append(state).Append(line).Append(thread).Append(depth).Append(globals);
        return E.Block(typeof(object), locals, outer);
    }

    private E FramedResume(E inner, LabelTarget resumeReturn)
    {
        var ex = E.Parameter(typeof(Exception), "e");
        var record = E.Call(typeof(Engine.Tracebacks), nameof(Engine.Tracebacks.Record), null, ex, E.Constant(Code), globals, line, depth);
        var guarded = E.TryCatch(inner, E.MakeCatchBlock(typeof(Exception), ex, E.Rethrow(), record));
        return E.Block(
            E.Assign(globals, GlobalsSource),
            E.Assign(thread, E.Property(null, typeof(Engine.PythonThread), nameof(Engine.PythonThread.Current))),
            E.Assign(depth, E.Call(thread, nameof(Engine.PythonThread.Enter), null, E.Constant(Code), globals)),
            E.TryFinally(guarded, E.Call(thread, nameof(Engine.PythonThread.Leave), null)),
            E.Label(resumeReturn, E.Constant(null, typeof(object))));
    }
}
