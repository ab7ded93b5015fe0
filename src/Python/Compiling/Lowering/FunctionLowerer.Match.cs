using System.Linq.Expressions;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Objects;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>The match statement: each pattern becomes a boolean test that binds its captures as it goes.</summary>
internal sealed partial class FunctionLowerer
{
    private E LowerMatch(Match m)
    {
        var subject = Temp(typeof(object), "subject");
        var end = E.Label("matchend");
        var steps = new List<E> { E.Assign(subject, Lower(m.Subject)) };
        foreach (var c in m.Cases)
        {
            var test = MatchPattern(c.Pattern, subject);
            if (c.Guard is not null)
            {
                test = E.AndAlso(test, LowerCondition(c.Guard));
            }

            steps.Add(E.IfThen(test, E.Block(typeof(void), LowerBlock(c.Body), E.Goto(end))));
        }

        steps.Add(E.Label(end));
        return E.Block(typeof(void), steps);
    }

    private E Bind(string name, E value) => E.Block(StoreName(name, value), E.Constant(true));

    private E MatchPattern(Pattern pattern, E subject)
    {
        switch (pattern)
        {
            case MatchValue v:
                return Ops(nameof(CompiledOps.CompareBool), E.Constant(CmpOpKind.Eq), subject, Lower(v.Value));
            case MatchSingleton s:
                return E.ReferenceEqual(subject, E.Constant(CompiledOps.ConstantValue(s.Value), typeof(object)));
            case MatchAs a:
                {
                    E test = a.Pattern is null ? E.Constant(true) : MatchPattern(a.Pattern, subject);
                    return a.Name is null ? test : E.AndAlso(test, Bind(a.Name, subject));
                }

            case MatchOr o:
                return o.Patterns.Select(p => MatchPattern(p, subject)).Aggregate(E.OrElse);
            case MatchSequence s:
                return MatchSequence(s, subject);
            case MatchMapping m:
                return MatchMapping(m, subject);
            case MatchClass c:
                return MatchClass(c, subject);
            default:
                throw new InvalidOperationException($"unexpected pattern {pattern.GetType().Name}");
        }
    }

    private E MatchSequence(MatchSequence s, E subject)
    {
        var items = Temp(typeof(object[]), "seq");
        var star = s.Patterns.FindIndex(p => p is MatchStar);
        var count = s.Patterns.Count;
        E test = E.AndAlso(
            E.NotEqual(E.Assign(items, Ops(nameof(CompiledOps.MatchSequenceItems), subject)), E.Constant(null, typeof(object[]))),
            star < 0
                ? E.Equal(E.ArrayLength(items), E.Constant(count))
                : E.GreaterThanOrEqual(E.ArrayLength(items), E.Constant(count - 1)));
        for (var i = 0; i < count; i++)
        {
            var p = s.Patterns[i];
            if (p is MatchStar ms)
            {
                if (ms.Name is not null)
                {
                    test = E.AndAlso(test, Bind(ms.Name, Ops(nameof(CompiledOps.ListSlice), items, E.Constant(i), E.Constant(count - i - 1))));
                }

                continue;
            }

            E index = star >= 0 && i > star
                ? E.Subtract(E.ArrayLength(items), E.Constant(count - i))
                : E.Constant(i);
            var element = Temp(typeof(object), "elem");
            test = E.AndAlso(test, E.Block(E.Assign(element, E.ArrayIndex(items, index)), MatchPattern(p, element)));
        }

        return test;
    }

    private E MatchMapping(MatchMapping m, E subject)
    {
        E test = Ops(nameof(CompiledOps.IsMapping), subject);
        var keys = new List<ParameterExpression>();
        for (var i = 0; i < m.Keys.Count; i++)
        {
            var key = Temp(typeof(object), "key");
            var value = Temp(typeof(object), "value");
            keys.Add(key);
            test = E.AndAlso(test, E.Block(
                E.Assign(key, Lower(m.Keys[i])),
                E.AndAlso(Ops(nameof(CompiledOps.MappingTryGet), subject, key, value), MatchPattern(m.Patterns[i], value))));
        }

        if (m.Rest is not null)
        {
            test = E.AndAlso(test, Bind(m.Rest, Ops(nameof(CompiledOps.MappingRest), subject, E.NewArrayInit(typeof(object), keys))));
        }

        return test;
    }

    private E MatchClass(MatchClass c, E subject)
    {
        var cls = Temp(typeof(object), "cls");
        E test = E.Block(E.Assign(cls, Lower(c.Cls)), Ops(nameof(CompiledOps.MatchIsInstance), subject, cls));
        if (c.Patterns.Count > 0)
        {
            var values = Temp(typeof(object[]), "positional");
            test = E.AndAlso(test, E.Block(E.Assign(values, Ops(nameof(CompiledOps.MatchPositional), subject, cls, E.Constant(c.Patterns.Count), E.Constant(c.KwdAttrs.ToArray()))), E.Constant(true)));
            for (var i = 0; i < c.Patterns.Count; i++)
            {
                var element = Temp(typeof(object), "attr");
                test = E.AndAlso(test, E.AndAlso(
                    E.NotEqual(E.Assign(element, E.ArrayIndex(values, E.Constant(i))), E.Constant(null, typeof(object))),
                    MatchPattern(c.Patterns[i], element)));
            }
        }

        for (var i = 0; i < c.KwdAttrs.Count; i++)
        {
            var element = Temp(typeof(object), "attr");
            test = E.AndAlso(test, E.AndAlso(
                Ops(nameof(CompiledOps.TryGetAttr), subject, E.Constant(c.KwdAttrs[i]), element),
                MatchPattern(c.KwdPatterns[i], element)));
        }

        return test;
    }
}
