using System.Linq.Expressions;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Compiling.Generators;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Objects;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>Calls, method calls, and the creation of functions and classes.</summary>
internal sealed partial class FunctionLowerer
{
    private E LowerCall(Call c)
    {
        if (ZeroArgumentSuper(c) is { } superArgs)
        {
            return Ops(nameof(CompiledOps.Call), superArgs);
        }

        if (c is { Func: Ast.Attribute { Value: Call inner } superMethod, Keywords.Count: 0, Args.Count: <= 3 } && !HasStar(c.Args)
            && ZeroArgumentSuper(inner) is { } superCall)
        {
            // super().name(args) calls the function it finds without making the super object.
            var site = E.Constant(new SuperMethodCallSite(Mangle(superMethod.Attr)));
            return E.Call(site, nameof(SuperMethodCallSite.Invoke), null, [.. superCall, .. c.Args.Select(Lower)]);
        }

        if (c is { Func: Name { Id: "locals" or "vars" } localsName, Args.Count: 0, Keywords.Count: 0 }
            && scope.IsFunctionLike && scope.BindingOf(localsName.Id) == Symbols.Binding.Global)
        {
            return LocalsDictionary();
        }

        var simple = c.Keywords.Count == 0 && !HasStar(c.Args);
        if (simple && c is { Args: [GeneratorExp g] } && !GeneratorLowering.ContainsYield(c) && ConsumedGenerator(c.Func, g) is { } consumed)
        {
            return consumed;
        }

        if (simple && c.Func is Ast.Attribute method && c.Args.Count <= 3)
        {
            // obj.name(args) looks the method up without creating a bound method object.
            var site = E.Constant(new MethodCallSite(Mangle(method.Attr)));
            var args = new List<E> { Lower(method.Value) };
            args.AddRange(c.Args.Select(Lower));
            return E.Call(site, nameof(MethodCallSite.Invoke), null, args.ToArray());
        }

        if (simple && c.Args.Count <= 3)
        {
            var args = new List<E> { Lower(c.Func) };
            args.AddRange(c.Args.Select(Lower));
            return Ops(nameof(CompiledOps.Call), [.. args]);
        }

        var func = Lower(c.Func);
        if (!HasStar(c.Args) && c.Keywords.All(k => k.Arg is not null))
        {
            var values = c.Args.Concat(c.Keywords.Select(k => k.Value)).Select(Lower);
            var names = c.Keywords.Count == 0 ? null : c.Keywords.Select(k => k.Arg!).ToArray();
            return Ops(nameof(CompiledOps.CallKw), func, E.NewArrayInit(typeof(object), values), E.Constant(names, typeof(string[])));
        }

        if (IsForwardingCall(c))
        {
            return LowerForwardingCall(c, func);
        }

        // The callee is evaluated once, before the arguments; error messages name it.
        var f = Temp(typeof(object), "callee");
        var evaluateCallee = E.Assign(f, func);
        var positional = BuildList(c.Args, f);
        E kwargs = E.Constant(null, typeof(PyDict));
        if (c.Keywords.Count > 0)
        {
            var dict = Temp(typeof(PyDict), "kwargs");
            var steps = new List<E> { E.Assign(dict, E.New(typeof(PyDict))) };
            foreach (var k in c.Keywords)
            {
                steps.Add(k.Arg is null
                    ? Ops(nameof(CompiledOps.MergeKwargs), dict, Lower(k.Value), f)
                    : Ops(nameof(CompiledOps.AddKwarg), dict, E.Constant(k.Arg), Lower(k.Value), f));
            }

            steps.Add(dict);
            kwargs = E.Block(steps);
        }

        return E.Block(evaluateCallee, Ops(nameof(CompiledOps.CallStar), f, positional, kwargs));
    }

    // f(a, *args, **kwargs): plain arguments, then at most one starred one, and no keyword but one ** last.
    private static bool IsForwardingCall(Call c) =>
        c.Args.Take(c.Args.Count - 1).All(a => a is not Starred)
        && c.Keywords is [] or [{ Arg: null }]
        && (HasStar(c.Args) || c.Keywords.Count == 1);

    /// <summary>
    /// The call that forwards what it received (<c>f(*args, **kwargs)</c>): the unpacked values go
    /// straight into the argument array, without the list and dicts of the general form.
    /// </summary>
    private E LowerForwardingCall(Call c, E func)
    {
        var f = Temp(typeof(object), "callee");
        var steps = new List<E> { E.Assign(f, func) };
        var leading = Temp(typeof(object[]), "leading");
        steps.Add(E.Assign(leading, ObjectArray(c.Args.Where(a => a is not Starred))));
        var spread = Temp(typeof(object[]), "spread");
        E? unpackAtCall = null;
        if (c.Args is [.., Starred star])
        {
            // As in CPython, a lone *iterable is unpacked at the call, after the ** operand is
            // evaluated; after other arguments it is unpacked at once.
            var iterable = Temp(typeof(object), "iterable");
            steps.Add(E.Assign(iterable, Lower(star.Value)));
            var unpack = E.Assign(spread, Ops(nameof(CompiledOps.SpreadArguments), iterable, f));
            if (c.Args.Count == 1)
            {
                unpackAtCall = unpack;
            }
            else
            {
                steps.Add(unpack);
            }
        }
        else
        {
            steps.Add(E.Assign(spread, E.Constant(Array.Empty<object>())));
        }

        var mapping = MappingOperand(c, steps);
        if (unpackAtCall is not null)
        {
            steps.Add(unpackAtCall);
        }

        steps.Add(Ops(nameof(CompiledOps.CallSpread), f, leading, spread, mapping));
        return E.Block(steps);
    }

    // The ** operand, evaluated into a temp by a step added to steps, or a null constant without one.
    private E MappingOperand(Call c, List<E> steps)
    {
        if (c.Keywords is not [{ } kw])
        {
            return E.Constant(null, typeof(object));
        }

        var mapping = Temp(typeof(object), "mapping");
        steps.Add(E.Assign(mapping, Lower(kw.Value)));
        return mapping;
    }

    /// <summary>
    /// <c>sum(genexp)</c>, <c>sep.join(genexp)</c> and the like: the call goes through a
    /// <see cref="GeneratorConsumerSite"/>, which runs the loops straight into the builtin's result
    /// when the callee turns out to be that builtin. Null when the callee's name is not such a builtin.
    /// </summary>
    private E? ConsumedGenerator(Expr callee, GeneratorExp g)
    {
        var child = Source.UnitOf(Source.Symbols[g]);
        E Iterator() => Ops(nameof(CompiledOps.GetIter), Lower(g.Generators[0].Iter));
        switch (callee)
        {
            case Name name when GeneratorConsumerSite.For(child, name.Id) is { } site:
                return E.Call(E.Constant(site), nameof(GeneratorConsumerSite.Invoke), null,
                    Lower(callee), globals, ComprehensionClosure(child), Iterator());
            case Ast.Attribute { Attr: "join" } join:
                {
                    // The method is looked up before the generator expression's iterable is evaluated, as CPython does.
                    var separator = Temp(typeof(object), "separator");
                    var method = E.Condition(E.TypeIs(separator, typeof(string)), E.Constant(null, typeof(object)),
                        E.Call(typeof(Python.Runtime.Ops), nameof(Python.Runtime.Ops.GetAttr), null, separator, E.Constant("join")));
                    return E.Block(
                        E.Assign(separator, Lower(join.Value)),
                        E.Call(E.Constant(GeneratorConsumerSite.ForJoin(child)), nameof(GeneratorConsumerSite.Join), null,
                            separator, method, globals, ComprehensionClosure(child), Iterator()));
                }

            default:
                return null;
        }
    }

    /// <summary>locals() in a function: a new dict of the variables bound right now (free ones included, as CPython).</summary>
    private E LocalsDictionary()
    {
        var dict = Temp(typeof(PyDict), "locals");
        var steps = new List<E> { E.Assign(dict, E.New(typeof(PyDict))) };
        foreach (var name in Code.VarNames.Concat(scope.FreeVars).Distinct())
        {
            if (!variables.TryGetValue(name, out var variable) || name.StartsWith('.'))
            {
                continue;
            }

            E value = variable.Type == typeof(PyCell) ? E.Property(variable, nameof(PyCell.Value)) : variable;
            steps.Add(E.IfThen(
                E.NotEqual(value, E.Constant(null, typeof(object))),
                Ops(nameof(CompiledOps.DictSet), dict, E.Constant(name, typeof(object)), value)));
        }

        steps.Add(E.Convert(dict, typeof(object)));
        return E.Block(steps);
    }

    /// <summary>Evaluates defaults (and annotations) then creates the function object for a def or lambda.</summary>
    private E MakeFunction(Node node, Arguments args, List<Expr> decorators)
    {
        var child = Source.UnitOf(Source.Symbols[node]);
        var defaults = args.Defaults.Count == 0
            ? E.Constant(null, typeof(PyTuple))
            : (E)E.New(typeof(PyTuple).GetConstructor([typeof(object[])])!, ObjectArray(args.Defaults));
        E kwDefaults = E.Constant(null, typeof(PyDict));
        if (args.KwDefaults.Any(d => d is not null))
        {
            var dict = Temp(typeof(PyDict), "kwdefaults");
            var steps = new List<E> { E.Assign(dict, E.New(typeof(PyDict))) };
            for (var i = 0; i < args.Kwonlyargs.Count; i++)
            {
                if (args.KwDefaults[i] is { } d)
                {
                    steps.Add(Ops(nameof(CompiledOps.DictSet), dict, E.Constant(args.Kwonlyargs[i].Name, typeof(object)), Lower(d)));
                }
            }

            steps.Add(dict);
            kwDefaults = E.Block(steps);
        }

        var closure = ClosureArray(child.Scope.FreeVars);
        var annotations = Annotations(node, args);
        E result = Ops(nameof(CompiledOps.MakeFunction), E.Constant(child), globals, defaults, kwDefaults, closure, annotations);
        if (decorators.Count == 0)
        {
            return result;
        }

        // Decorators are evaluated before the defaults and applied innermost first.
        var decoratorTemps = decorators.Select(_ => Temp(typeof(object), "decorator")).ToList();
        var steps2 = new List<E>();
        for (var i = 0; i < decorators.Count; i++)
        {
            steps2.Add(E.Assign(decoratorTemps[i], Lower(decorators[i])));
        }

        for (var i = decorators.Count - 1; i >= 0; i--)
        {
            result = Ops(nameof(CompiledOps.Call), decoratorTemps[i], result);
        }

        steps2.Add(result);
        return E.Block(steps2);
    }

    private E Annotations(Node node, Arguments args)
    {
        var returns = node switch
        {
            FunctionDef f => f.Returns,
            AsyncFunctionDef f => f.Returns,
            _ => null,
        };
        var pairs = new List<(string, Expr)>();
        foreach (var a in Symbols.SymbolTableBuilder.AllArgs(args))
        {
            if (a.Annotation is not null)
            {
                pairs.Add((a.Name, a.Annotation));
            }
        }

        if (returns is not null)
        {
            pairs.Add(("return", returns));
        }

        if (pairs.Count == 0)
        {
            return E.Constant(null, typeof(PyDict));
        }

        var dict = Temp(typeof(PyDict), "annotations");
        var steps = new List<E> { E.Assign(dict, E.New(typeof(PyDict))) };
        foreach (var (name, value) in pairs)
        {
            steps.Add(Ops(nameof(CompiledOps.DictSet), dict, E.Constant(name, typeof(object)), LowerAnnotation(value)));
        }

        steps.Add(dict);
        return E.Block(steps);
    }

    /// <summary>An annotation's value: evaluated, or under PEP 563 its source text.</summary>
    private E LowerAnnotation(Expr annotation) =>
        Source.Symbols.FutureAnnotations ? E.Constant(Ast.Unparser.Unparse(annotation), typeof(object)) : Lower(annotation);

    /// <summary>The cells a nested scope closes over, taken from this scope's cells and free variables.</summary>
    internal E ClosureArray(List<string> freeVars)
    {
        if (freeVars.Count == 0)
        {
            return E.Constant(null, typeof(PyCell[]));
        }

        return E.NewArrayInit(typeof(PyCell), freeVars.Select(name =>
            name == "__class__" && scope.Kind == Symbols.ScopeKind.Class ? variables["__class__"] : variables[name]));
    }

    private E LowerClassDef(ClassDef c)
    {
        var child = Source.UnitOf(Source.Symbols[c]);
        var decoratorTemps = c.DecoratorList.Select(_ => Temp(typeof(object), "decorator")).ToList();
        var steps = new List<E>();
        for (var i = 0; i < c.DecoratorList.Count; i++)
        {
            steps.Add(E.Assign(decoratorTemps[i], Lower(c.DecoratorList[i])));
        }

        var bases = BuildList(c.Bases);
        E keywords = E.Constant(null, typeof(PyDict));
        if (c.Keywords.Count > 0)
        {
            var dict = Temp(typeof(PyDict), "classkw");
            var kwSteps = new List<E> { E.Assign(dict, E.New(typeof(PyDict))) };
            foreach (var k in c.Keywords)
            {
                kwSteps.Add(k.Arg is null
                    ? Ops(nameof(CompiledOps.DictMerge), dict, Lower(k.Value))
                    : Ops(nameof(CompiledOps.DictSet), dict, E.Constant(k.Arg, typeof(object)), Lower(k.Value)));
            }

            kwSteps.Add(dict);
            keywords = E.Block(kwSteps);
        }

        E cls = Ops(nameof(CompiledOps.BuildClass), E.Constant(child), globals, E.Constant(c.Name), bases, keywords, ClosureArray(child.Scope.FreeVars));
        for (var i = c.DecoratorList.Count - 1; i >= 0; i--)
        {
            cls = Ops(nameof(CompiledOps.Call), decoratorTemps[i], cls);
        }

        steps.Add(StoreName(c.Name, cls));
        return E.Block(typeof(void), steps);
    }

    /// <summary>
    /// Zero-argument super() is super(__class__, first argument), as CPython's compiler arranges:
    /// the three operands (super, __class__, first argument), or null when the call is not that.
    /// </summary>
    private E[]? ZeroArgumentSuper(Call c)
    {
        if (c is not { Func: Name { Id: "super" } superName, Args.Count: 0, Keywords.Count: 0 }
            || !scope.IsFunctionLike || !variables.TryGetValue("__class__", out var classCell) || scope.BindingOf("super") != Symbols.Binding.Global)
        {
            return null;
        }

        E first = Code.ArgCount > 0 ? LoadName(Code.VarNames[0])
            : Code.HasVarArgs ? Ops(nameof(CompiledOps.FirstOfTuple), LoadName(Code.VarNames[Code.VarArgsIndex]))
            : Ops(nameof(CompiledOps.SuperWithoutArguments));
        return [LoadName(superName.Id), E.Coalesce(E.Property(classCell, nameof(PyCell.Value)), Ops(nameof(CompiledOps.SuperEmptyClassCell))), first];
    }
}
