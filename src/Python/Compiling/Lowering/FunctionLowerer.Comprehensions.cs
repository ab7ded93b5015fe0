using System.Linq.Expressions;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Objects;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>
/// Comprehensions and generator expressions run in their own scope, as in CPython: the
/// enclosing code evaluates the first iterable and passes its iterator as the parameter ".0".
/// </summary>
internal sealed partial class FunctionLowerer
{
    private static List<Comprehension> GeneratorsOf(Expr node) => node switch
    {
        ListComp c => c.Generators,
        SetComp c => c.Generators,
        DictComp c => c.Generators,
        GeneratorExp c => c.Generators,
        _ => throw new InvalidOperationException("not a comprehension"),
    };

    /// <summary>Runs a comprehension: its scope's entry gets the cells it closes over and the first iterable's iterator.</summary>
    private E LowerComprehensionCall(Expr node) => RunComprehension(node, ComprehensionKind.Own);

    private E RunComprehension(Expr node, ComprehensionKind kind)
    {
        var child = Source.UnitOf(Source.Symbols[node]);
        var iterator = Ops(nameof(CompiledOps.GetIter), Lower(GeneratorsOf(node)[0].Iter));
        return E.Call(E.Constant(child), nameof(CodeUnit.RunComprehension), null,
            E.Constant(kind), globals, ComprehensionClosure(child), iterator);
    }

    /// <summary>
    /// The cells a comprehension closes over. They are the same objects for the whole run of this
    /// frame, and a comprehension never exposes the array, so one array made on first use serves
    /// every run of it (a comprehension in a loop allocates none after the first).
    /// </summary>
    private E ComprehensionClosure(CodeUnit child)
    {
        if (child.Scope.FreeVars.Count == 0)
        {
            return E.Constant(null, typeof(PyCell[]));
        }

        if (!comprehensionClosures.TryGetValue(child, out var cached))
        {
            cached = Temp(typeof(PyCell[]), "closure");
            comprehensionClosures[child] = cached;
        }

        return E.Coalesce(cached, E.Assign(cached, ClosureArray(child.Scope.FreeVars)));
    }

    private readonly Dictionary<CodeUnit, ParameterExpression> comprehensionClosures = [];

    private E ComprehensionBody(Expr node)
    {
        var generators = GeneratorsOf(node);
        var first = variables[".0"];
        if (node is GeneratorExp g)
        {
            return comprehensionKind switch
            {
                ComprehensionKind.Own => Loops(generators, 0, first, () => Lower(new ExprStmt(new Yield(g.Elt) { Lineno = g.Elt.Lineno }) { Lineno = g.Elt.Lineno })),
                ComprehensionKind.List or ComprehensionKind.Set => Collect(node, comprehensionKind == ComprehensionKind.Set),
                ComprehensionKind.Sum => Sum(g),
                _ => AnyOrAll(g, comprehensionKind == ComprehensionKind.Any),
            };
        }

        return Collect(node, node is SetComp);
    }

    // Builds the list, set or dict a comprehension (or a generator expression given to list() or set()) produces.
    private E Collect(Expr node, bool set)
    {
        var result = Temp(node is DictComp ? typeof(PyDict) : set ? typeof(object) : typeof(PyList), "result");
        E create = node is DictComp ? E.New(typeof(PyDict)) : set ? Ops(nameof(CompiledOps.NewSet)) : E.New(typeof(PyList));
        Func<E> append = node switch
        {
            DictComp c => () => Ops(nameof(CompiledOps.DictSet), result, LowerAtLine(c.Key), LowerAtLine(c.Value)),
            GeneratorExp g when set => () => E.Call(typeof(ConsumerOps), nameof(ConsumerOps.SetAdd), null, result, LowerAtLine(g.Elt)),
            _ when set => () => Ops(nameof(CompiledOps.SetAdd), result, LowerAtLine(ElementOf(node))),
            _ => () => E.Call(result, nameof(PyList.Add), null, LowerAtLine(ElementOf(node))),
        };
        return E.Block(typeof(void),
            E.Assign(result, create),
            Loops(GeneratorsOf(node), 0, variables[".0"], append),
            E.Return(returnLabel, E.Convert(result, typeof(object))));
    }

    // A comprehension frame is on the line of the part it evaluates, as tracebacks show it.
    private E LowerAtLine(Expr e) => E.Block(E.Assign(line, E.Constant(e.Lineno)), Lower(e));

    private static Expr ElementOf(Expr node) => node switch
    {
        ListComp c => c.Elt,
        SetComp c => c.Elt,
        GeneratorExp c => c.Elt,
        _ => throw new InvalidOperationException("not a one-element comprehension"),
    };

    // sum(genexp): adds each item as it is produced, starting from 0, as the builtin does.
    private E Sum(GeneratorExp g)
    {
        var total = Temp(typeof(object), "total");
        return E.Block(typeof(void),
            E.Assign(total, E.Constant(Py.Int(0), typeof(object))),
            Loops(g.Generators, 0, variables[".0"], () => E.Assign(total, E.Call(typeof(ConsumerOps), nameof(ConsumerOps.Add), null, total, LowerAtLine(g.Elt)))),
            E.Return(returnLabel, total));
    }

    // any(genexp) / all(genexp): stops producing items at the first one that decides the answer;
    // the item is produced by the generator, its truth is asked by the builtin.
    private E AnyOrAll(GeneratorExp g, bool any)
    {
        var decided = E.Return(returnLabel, E.Constant(Py.Bool(any), typeof(object)));
        E Truth() => E.Call(typeof(ConsumerOps), nameof(ConsumerOps.IsTrue), null, LowerAtLine(g.Elt));
        return E.Block(typeof(void),
            Loops(g.Generators, 0, variables[".0"], () => any ? E.IfThen(Truth(), decided) : E.IfThen(E.Not(Truth()), decided)),
            E.Return(returnLabel, E.Constant(Py.Bool(!any), typeof(object))));
    }

    private E Loops(List<Comprehension> generators, int index, E? firstIterator, Func<E> innermost)
    {
        var g = generators[index];
        var iterable = index == 0 ? firstIterator! : LowerAtLine(g.Iter);
        return LowerForCore(g.Target, iterable, () =>
        {
            E body = index == generators.Count - 1 ? innermost() : Loops(generators, index + 1, null, innermost);
            for (var i = g.Ifs.Count - 1; i >= 0; i--)
            {
                body = E.IfThen(E.Block(E.Assign(line, E.Constant(g.Ifs[i].Lineno)), LowerCondition(g.Ifs[i])), body);
            }

            return body;
        }, () => E.Empty());
    }
}
