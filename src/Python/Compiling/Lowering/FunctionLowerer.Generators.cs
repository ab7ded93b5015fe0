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
    /// holding them in its saved locals. The resume function, compiled once here, restores the
    /// variables into its own CLR locals, runs from the state's resume label and saves them when
    /// it suspends.
    /// </summary>
    private E BuildGenerator(List<E> prologue, Func<List<E>> lowerBody)
    {
        var resumeReturn = E.Label(typeof(object), "suspend");
        generator = new GeneratorState(resumeReturn);
        var statements = lowerBody();
        var state = generator.State;
        var finished = E.Label("finished");
        var machine = new List<E>
        {
            generator.Dispatch(generator.Top, E.IfThen(E.NotEqual(state, E.Constant(0)), E.Goto(finished))),
        };
        machine.AddRange(statements);
        machine.Add(generator.Return(NoneConstant));
        machine.Add(E.Label(finished));
        machine.Add(E.Return(resumeReturn, E.Constant(null, typeof(object))));

        var saved = variables.Values.Distinct().Concat(temps).Concat(generator.Hoisted).Distinct().ToList();
        var self = generator.Generator;
        var frame = E.Field(self, nameof(CompiledGenerator.Locals));
        var yielded = E.Variable(typeof(object), "yielded");
        var resumeBody = new List<E>
        {
            E.Assign(function!, E.Property(self, nameof(CompiledGenerator.Function))),
            E.Assign(state, E.Field(self, nameof(CompiledGenerator.State))),
            E.Assign(line, E.Field(self, nameof(CompiledGenerator.Line))),
        };
        resumeBody.AddRange(saved.Select((v, i) => E.Assign(v, E.Convert(Slot(frame, i), v.Type))));

        // The resume function frames itself like any function (recursion, tracebacks) on every resumption.
        resumeBody.Add(E.Assign(yielded, FramedResume(E.Block(typeof(void), machine), resumeReturn)));
        var save = new List<E>
        {
            E.Assign(E.Field(self, nameof(CompiledGenerator.State)), state),
            E.Assign(E.Field(self, nameof(CompiledGenerator.Line)), line),
        };
        save.AddRange(saved.Select((v, i) => E.Assign(Slot(frame, i), E.Convert(v, typeof(object)))));
        resumeBody.Add(E.IfThen(E.NotEqual(yielded, E.Constant(null)), E.Block(typeof(void), save)));
        resumeBody.Add(yielded);
        var resumeLocals = saved.Append(function!).Append(state).Append(line).Append(thread).Append(depth).Append(globals).Append(yielded);
        var resume = E.Lambda<Func<CompiledGenerator, object?>>(E.Block(typeof(object), resumeLocals, resumeBody), Code.QualName, [self]).Compile();

        var slots = E.Variable(typeof(LocalSlot[]), "slots");
        var made = E.New(
            typeof(CompiledGenerator).GetConstructor([typeof(PyFunction), typeof(Func<CompiledGenerator, object?>), typeof(LocalSlot[])])!,
            function!, E.Constant(resume), slots);
        var outer = new List<E>(prologue) { E.Assign(slots, E.NewArrayBounds(typeof(LocalSlot), E.Constant(saved.Count))) };
        outer.AddRange(saved.Select((v, i) => E.Assign(Slot(slots, i), E.Convert(v, typeof(object)))));
        outer.Add(made);
        return E.Block(typeof(object), saved.Append(line).Append(globals).Append(thread).Append(slots), outer);
    }

    private static E Slot(E slots, int index) => E.Field(E.ArrayAccess(slots, E.Constant(index)), nameof(LocalSlot.Value));

    private E FramedResume(E inner, LabelTarget resumeReturn)
    {
        var ex = E.Parameter(typeof(Exception), "e");
        var record = E.Call(typeof(Engine.Tracebacks), nameof(Engine.Tracebacks.Record), null, ex, E.Constant(Code), globals, line, depth);
        var guarded = E.TryCatch(inner, E.MakeCatchBlock(typeof(Exception), ex, E.Rethrow(), record));
        return E.Block(
            E.Assign(globals, GlobalsSource),
            E.Assign(thread, CurrentThread),
            E.Assign(depth, E.Call(thread, nameof(Engine.PythonThread.Enter), null, E.Constant(Code), globals)),
            E.TryFinally(guarded, E.Call(thread, nameof(Engine.PythonThread.Leave), null)),
            E.Label(resumeReturn, E.Constant(null, typeof(object))));
    }
}
