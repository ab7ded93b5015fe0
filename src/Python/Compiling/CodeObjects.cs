using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Compiling.Symbols;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Compiling;

/// <summary>Builds the code object (names, signature shape, flags) CPython would give a scope.</summary>
internal static class CodeObjects
{
    public static PyCode For(Scope scope, string fileName)
    {
        var args = scope.Node switch
        {
            FunctionDef f => f.Args,
            AsyncFunctionDef f => f.Args,
            Lambda l => l.Args,
            _ => null,
        };
        var names = new List<string>();
        var flags = CodeFlags.None;
        int argCount = 0, posOnly = 0, kwOnly = 0;
        if (args is not null)
        {
            posOnly = args.Posonlyargs.Count;
            argCount = posOnly + args.Args.Count;
            kwOnly = args.Kwonlyargs.Count;
            var ordered = args.Posonlyargs.Concat(args.Args).Concat(args.Kwonlyargs).Select(a => a.Name).ToList();
            if (args.Vararg is not null)
            {
                ordered.Add(args.Vararg.Name);
                flags |= CodeFlags.VarArgs;
            }

            if (args.Kwarg is not null)
            {
                ordered.Add(args.Kwarg.Name);
                flags |= CodeFlags.VarKeywords;
            }

            names.AddRange(ordered.Select(n => MangledParameter(scope, n)));
        }
        else if (scope.Kind == ScopeKind.Comprehension)
        {
            argCount = 1;
            names.Add(".0");
        }

        if (scope.IsFunctionLike)
        {
            flags |= CodeFlags.Optimized | CodeFlags.NewLocals;
            foreach (var local in scope.Order)
            {
                if (scope.Bindings.TryGetValue(local, out var b) && b is Binding.Local or Binding.Cell && !names.Contains(local))
                {
                    names.Add(local);
                }
            }
        }

        if (scope.IsGenerator)
        {
            flags |= scope.IsCoroutine ? CodeFlags.AsyncGenerator : CodeFlags.Generator;
        }
        else if (scope.IsCoroutine)
        {
            flags |= CodeFlags.Coroutine;
        }

        if (scope.Parent is { Kind: not ScopeKind.Module })
        {
            flags |= CodeFlags.Nested;
        }

        var name = scope.Kind == ScopeKind.Module ? "<module>" : scope.Name;
        var line = FirstLine(scope.Node);
        return new PyCode(name, scope.Kind == ScopeKind.Module ? name : scope.QualifiedName, fileName, line, names.ToArray(), argCount, posOnly, kwOnly, flags)
        {
            CellVars = scope.CellVars.ToArray(),
            FreeVars = scope.FreeVars.ToArray(),
        };
    }

    private static string MangledParameter(Scope scope, string name) =>
        scope.Parameters.FirstOrDefault(p => p == name || p.EndsWith(name, StringComparison.Ordinal) && p.StartsWith('_')) ?? name;

    // CPython 3.11 starts a decorated definition at its first decorator.
    private static int FirstLine(Node node) => node switch
    {
        FunctionDef { DecoratorList.Count: > 0 } f => f.DecoratorList[0].Lineno,
        AsyncFunctionDef { DecoratorList.Count: > 0 } f => f.DecoratorList[0].Lineno,
        ClassDef { DecoratorList.Count: > 0 } c => c.DecoratorList[0].Lineno,
        LocatedNode l => l.Lineno,
        _ => 1,
    };
}
