using System.Linq.Expressions;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Compiling.Lowering;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Objects;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Generators;

/// <summary>
/// The state machine of one generator body while it is lowered: every yield gets a state
/// number and a resume label; the resume function starts with a switch on the state, and each
/// CLR try region that contains yields re-dispatches at its own start (IL cannot jump into a try).
/// Locals live in the enclosing lambda, so the expression compiler hoists them into a closure
/// that survives between resumptions.
/// </summary>
internal sealed class GeneratorState
{
    private readonly List<Region> regions = [];
    private readonly Dictionary<Expr, ParameterExpression> spilled = new(ReferenceEqualityComparer.Instance);
    private List<E>? pending;
    private int nextState;

    public GeneratorState(LabelTarget returnLabel)
    {
        ReturnLabel = returnLabel;
        regions.Add(new Region(E.Label("start")));
    }

    /// <summary>Variables that must survive a yield: declared in the outer lambda.</summary>
    public List<ParameterExpression> Hoisted { get; } = [];

    public ParameterExpression State { get; } = E.Variable(typeof(int), "state");

    public ParameterExpression Generator { get; } = E.Parameter(typeof(CompiledGenerator), "generator");

    public LabelTarget ReturnLabel { get; }

    public Region Top => regions[0];

    public Region BeginRegion()
    {
        var region = new Region(E.Label("tryentry"));
        regions.Add(region);
        return region;
    }

    /// <summary>Closes a try region: prefixes its body with the dispatch to its resume labels.</summary>
    public E EndRegion(Region region, E body)
    {
        regions.Remove(region);
        if (region.Targets.Count == 0)
        {
            return body;
        }

        var parent = regions[^1];
        foreach (var (state, _) in region.Targets)
        {
            parent.Targets.Add((state, region.Entry));
        }

        return E.Block(typeof(void), Dispatch(region, E.Empty()), body);
    }

    /// <summary>The switch that jumps to the resume point of the current state, or falls through.</summary>
    public E Dispatch(Region region, E otherwise)
    {
        if (region.Targets.Count == 0)
        {
            return otherwise;
        }

        var cases = region.Targets.Select(t => E.SwitchCase(E.Goto(t.Label), E.Constant(t.State))).ToArray();
        return E.Switch(typeof(void), State, otherwise, null, cases);
    }

    /// <summary>Runs a lowering and returns the statements its yields need beforehand, plus its result.</summary>
    public (List<E> Pre, T Result) Capture<T>(Func<T> lower)
    {
        var saved = pending;
        pending = [];
        try
        {
            var result = lower();
            return (pending, result);
        }
        finally
        {
            pending = saved;
        }
    }

    /// <summary>
    /// Lowers an expression that contains a yield: its operands up to the last one that yields are
    /// evaluated into hoisted temporaries by statements emitted first, so no yield sits inside an
    /// expression with values on the evaluation stack.
    /// </summary>
    public E Spill(FunctionLowerer lowerer, Expr expr)
    {
        switch (expr)
        {
            case Yield y:
                {
                    var value = y.Value is null ? E.Constant(Py.None, typeof(object)) : lowerer.LowerPlainOrSpill(y.Value);
                    var sent = lowerer.NewTemp("sent");
                    Emit(YieldPoint(value, sent, delegating: null));
                    return sent;
                }

            case YieldFrom y:
                return YieldFrom(lowerer, lowerer.LowerPlainOrSpill(y.Value));
            case BoolOp or IfExp:
                return SpillConditional(lowerer, expr);
        }

        var children = GeneratorLowering.Children(expr).ToList();
        var last = children.FindLastIndex(GeneratorLowering.ContainsYield);
        for (var i = 0; i <= last; i++)
        {
            if (children[i] is Starred s)
            {
                continue;
            }

            var t = lowerer.NewTemp("spill");
            Emit(E.Assign(t, lowerer.LowerPlainOrSpill(children[i])));
            spilled[children[i]] = t;
        }

        return lowerer.LowerPlain(expr);
    }

    /// <summary>The temp a spilled operand was stored in, if it was.</summary>
    public bool TryTakeSpilled(Expr expr, out ParameterExpression temp) => spilled.Remove(expr, out temp!);

    private E SpillConditional(FunctionLowerer lowerer, Expr expr)
    {
        var result = lowerer.NewTemp("cond");
        Emit(lowerer.AssignConditional(expr, result));
        return result;
    }

    public void Emit(E statement) => (pending ?? throw new InvalidOperationException("yield outside a statement")).Add(statement);

    /// <summary>A statement that suspends with <paramref name="value"/> and, on resume, stores the sent value.</summary>
    public E YieldPoint(E value, ParameterExpression? sent, ParameterExpression? delegating)
    {
        var state = ++nextState;
        var label = E.Label("resume" + state);
        regions[^1].Targets.Add((state, label));
        E resumed = delegating is null
            ? E.Call(Generator, nameof(CompiledGenerator.TakeSent), null)
            : E.Constant(Py.None, typeof(object));
        // Suspended inside a try or with, an abandoned generator must be closed to run its cleanup.
        E guard = regions.Count > 1 ? E.Call(Generator, nameof(Objects.PyGenerator.GuardSuspension), null) : E.Empty();
        return E.Block(typeof(void),
            guard,
            E.Assign(State, E.Constant(state)),
            E.Return(ReturnLabel, value),
            E.Label(label),

            // Running again: try regions entered from here on must not re-dispatch.
            E.Assign(State, E.Constant(0)),
            sent is null ? E.Block(typeof(void), resumed) : E.Assign(sent, resumed));
    }

    private E YieldFrom(FunctionLowerer lowerer, E source)
    {
        var iter = lowerer.NewTemp("delegate");
        var item = lowerer.NewTemp("delegated");
        var result = lowerer.NewTemp("yieldfrom");
        var loop = E.Label("yieldfrom");
        var done = E.Label("yieldfromdone");
        Emit(E.Block(typeof(void),
            E.Assign(iter, E.Call(typeof(CompiledOps), nameof(CompiledOps.YieldFromIter), null, source)),
            E.Label(loop),
            E.IfThen(E.Not(E.Call(Generator, nameof(CompiledGenerator.DelegateStep), null, iter, item, result)), E.Goto(done)),
            YieldPoint(item, null, iter),
            E.Goto(loop),
            E.Label(done)));
        return result;
    }

    /// <summary>Finishes the generator with a return value (StopIteration.value).</summary>
    public E Return(E value) => E.Block(typeof(void),
        E.Call(Generator, nameof(CompiledGenerator.SetReturnValue), null, value),
        E.Assign(State, E.Constant(-1)),
        E.Return(ReturnLabel, E.Constant(null, typeof(object))));

    /// <summary>A try region and the resume points inside it.</summary>
    internal sealed class Region(LabelTarget entry)
    {
        public LabelTarget Entry { get; } = entry;

        public List<(int State, LabelTarget Label)> Targets { get; } = [];
    }
}
