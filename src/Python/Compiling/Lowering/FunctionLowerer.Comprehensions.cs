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

    private E LowerComprehensionCall(Expr node)
    {
        var child = Source.UnitOf(Source.Symbols[node]);
        var function = Ops(nameof(CompiledOps.MakeFunction), E.Constant(child), globals,
            E.Constant(null, typeof(PyTuple)), E.Constant(null, typeof(PyDict)), ClosureArray(child.Scope.FreeVars), E.Constant(null, typeof(PyDict)));
        var iterator = Ops(nameof(CompiledOps.GetIter), Lower(GeneratorsOf(node)[0].Iter));
        return Ops(nameof(CompiledOps.Call), function, iterator);
    }

    private E ComprehensionBody(Expr node)
    {
        var generators = GeneratorsOf(node);
        var first = variables[".0"];
        if (node is GeneratorExp g)
        {
            return Loops(generators, 0, first, () => Lower(new ExprStmt(new Yield(g.Elt) { Lineno = g.Lineno }) { Lineno = g.Lineno }));
        }

        var result = Temp(node is DictComp ? typeof(PyDict) : node is SetComp ? typeof(object) : typeof(PyList), "result");
        E create = node switch
        {
            ListComp => E.New(typeof(PyList)),
            SetComp => Ops(nameof(CompiledOps.NewSet)),
            _ => E.New(typeof(PyDict)),
        };
        Func<E> append = node switch
        {
            ListComp c => () => E.Call(result, nameof(PyList.Add), null, Lower(c.Elt)),
            SetComp c => () => Ops(nameof(CompiledOps.SetAdd), result, Lower(c.Elt)),
            DictComp c => () => Ops(nameof(CompiledOps.DictSet), result, Lower(c.Key), Lower(c.Value)),
            _ => throw new InvalidOperationException("not a comprehension"),
        };
        return E.Block(typeof(void),
            E.Assign(result, create),
            Loops(generators, 0, first, append),
            E.Return(returnLabel, E.Convert(result, typeof(object))));
    }

    private E Loops(List<Comprehension> generators, int index, E? firstIterator, Func<E> innermost)
    {
        var g = generators[index];
        var iterable = index == 0 ? firstIterator! : Lower(g.Iter);
        return LowerForCore(g.Target, iterable, () =>
        {
            E body = index == generators.Count - 1 ? innermost() : Loops(generators, index + 1, null, innermost);
            for (var i = g.Ifs.Count - 1; i >= 0; i--)
            {
                body = E.IfThen(LowerCondition(g.Ifs[i]), body);
            }

            return body;
        }, () => E.Empty());
    }
}
