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
        var frame = E.Variable(typeof(LocalSlot[]), "frame");
        var yielded = E.Variable(typeof(object), "yielded");
        var resumeBody = new List<E>
        {
            E.Assign(state, E.Field(self, nameof(CompiledGenerator.State))),
            E.Assign(line, E.Field(self, nameof(CompiledGenerator.Line))),
            E.Assign(frame, E.Field(self, nameof(CompiledGenerator.Locals))),
        };
        resumeBody.AddRange(saved.Select((v, i) => E.Assign(v, E.Convert(Slot(frame, i), v.Type))));

        // The resume function frames itself like any function (recursion, tracebacks) on every resumption.
        resumeBody.Add(E.Assign(yielded, FramedResume(E.Block(typeof(void), machine), resumeReturn, E.Field(self, nameof(CompiledGenerator.Globals)))));
        var save = new List<E>
        {
            E.Assign(E.Field(self, nameof(CompiledGenerator.State)), state),
            E.Assign(E.Field(self, nameof(CompiledGenerator.Line)), line),
        };
        save.AddRange(saved.Select((v, i) => SaveIfChanged(Slot(frame, i), v)));
        resumeBody.Add(E.IfThen(E.NotEqual(yielded, E.Constant(null)), E.Block(typeof(void), save)));
        resumeBody.Add(yielded);
        var resumeLocals = saved.Append(state).Append(line).Append(thread).Append(depth).Append(globals).Append(yielded).Append(frame);
        var resume = E.Lambda<Func<CompiledGenerator, object?>>(E.Block(typeof(object), resumeLocals, resumeBody), Code.QualName, [self]).Compile();

        var slots = E.Variable(typeof(LocalSlot[]), "slots");
        // A def's generator takes the function's (assignable) names; a generator expression's are its code's.
        E name = function is null ? E.Constant(Code.Name) : E.Property(function, nameof(PyFunction.Name));
        E qualName = function is null ? E.Constant(Code.QualName) : E.Property(function, nameof(PyFunction.QualName));
        var made = E.New(
            typeof(CompiledGenerator).GetConstructor([typeof(string), typeof(string), typeof(PyCode), typeof(PyDict), typeof(Func<CompiledGenerator, object?>), typeof(LocalSlot[])])!,
            name, qualName, E.Constant(Code), globals, E.Constant(resume), slots);
        var outer = new List<E>(prologue) { E.Assign(slots, E.NewArrayBounds(typeof(LocalSlot), E.Constant(saved.Count))) };

        // Only what the prologue assigned (arguments, cells, closure) has a value yet; other references start as
        // null, while value-typed temporaries need their boxed default to be restored from.
        var bound = prologue.OfType<BinaryExpression>().Where(b => b.NodeType == ExpressionType.Assign).Select(b => b.Left).ToHashSet();
        outer.AddRange(saved.Select((v, i) => (v, i)).Where(p => p.v.Type.IsValueType || bound.Contains(p.v))
            .Select(p => E.Assign(Slot(slots, p.i), E.Convert(p.v, typeof(object)))));
        outer.Add(made);
        return E.Block(typeof(object), saved.Append(line).Append(globals).Append(thread).Append(slots), outer);
    }

    private static E Slot(E slots, int index) => E.Field(E.ArrayAccess(slots, E.Constant(index)), nameof(LocalSlot.Value));

    // Most variables keep their value from one yield to the next: a compare is cheaper than the GC write barrier of a store.
    private static E SaveIfChanged(E slot, ParameterExpression variable)
    {
        var value = E.Convert(variable, typeof(object));
        return variable.Type.IsValueType ? E.Assign(slot, value) : E.IfThen(E.ReferenceNotEqual(slot, value), E.Assign(slot, value));
    }

    private E FramedResume(E inner, LabelTarget resumeReturn, E globalsSource)
    {
        var ex = E.Parameter(typeof(Exception), "e");
        var record = E.Call(typeof(Engine.Tracebacks), nameof(Engine.Tracebacks.Record), null, ex, E.Constant(Code), globals, line, depth);
        var guarded = E.TryCatch(inner, E.MakeCatchBlock(typeof(Exception), ex, E.Rethrow(), record));
        return E.Block(
            E.Assign(globals, globalsSource),
            E.Assign(thread, CurrentThread),
            E.Assign(depth, E.Call(thread, nameof(Engine.PythonThread.Enter), null, E.Constant(Code), globals)),
            E.TryFinally(guarded, E.Call(thread, nameof(Engine.PythonThread.Leave), null)),
            E.Label(resumeReturn, E.Constant(null, typeof(object))));
    }
}
