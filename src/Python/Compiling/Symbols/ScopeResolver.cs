namespace IronUwsgi.Python.Compiling.Symbols;

/// <summary>
/// Second pass: decides for every name of every scope whether it is local, a cell, free,
/// global or looked up by name, following CPython's symtable analysis.
/// </summary>
internal sealed class ScopeResolver(string fileName)
{
    public void Resolve(Scope top) => Analyze(top, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    // bound: names bound in enclosing function scopes; globals: names declared global further out.
    // Returns the names free in this scope that an enclosing scope has to provide.
    private HashSet<string> Analyze(Scope scope, HashSet<string> bound, HashSet<string> globals)
    {
        var local = new HashSet<string>(StringComparer.Ordinal);
        var free = new HashSet<string>(StringComparer.Ordinal);
        var newGlobals = new HashSet<string>(globals, StringComparer.Ordinal);
        foreach (var name in scope.Order)
        {
            var flags = scope.Symbols[name];
            if (flags.HasFlag(SymbolFlags.DeclaredGlobal))
            {
                scope.Bindings[name] = Binding.Global;
                newGlobals.Add(name);
            }
            else if (flags.HasFlag(SymbolFlags.DeclaredNonlocal))
            {
                if (!bound.Contains(name))
                {
                    throw SymbolTable.Error(fileName, $"no binding for nonlocal '{name}' found", scope.NonlocalStatements.GetValueOrDefault(name) ?? scope.Node as Ast.LocatedNode);
                }

                scope.Bindings[name] = Binding.Free;
                free.Add(name);
            }
            else if ((flags & (SymbolFlags.Assigned | SymbolFlags.Parameter)) != 0 || (flags.HasFlag(SymbolFlags.Annotated) && scope.IsFunctionLike))
            {
                scope.Bindings[name] = scope.IsFunctionLike ? Binding.Local : Binding.Name;
                local.Add(name);
                newGlobals.Remove(name);
            }
            else if (bound.Contains(name) && scope.Kind != ScopeKind.Module)
            {
                scope.Bindings[name] = scope.Kind == ScopeKind.Class ? Binding.ClassFree : Binding.Free;
                free.Add(name);
            }
            else if (scope.IsFunctionLike || globals.Contains(name))
            {
                scope.Bindings[name] = Binding.Global;
            }
            else
            {
                scope.Bindings[name] = Binding.Name;
            }
        }

        var newBound = new HashSet<string>(bound, StringComparer.Ordinal);
        if (scope.IsFunctionLike)
        {
            newBound.UnionWith(local);
        }

        else if (scope.Kind == ScopeKind.Class)
        {
            newBound.Add("__class__");
        }

        foreach (var (name, b) in scope.Bindings)
        {
            if (b == Binding.Global && scope.FlagsOf(name).HasFlag(SymbolFlags.DeclaredGlobal))
            {
                newBound.Remove(name);
            }
        }

        if (scope.Kind == ScopeKind.Class)
        {
            // Names a class binds are not visible to its methods.
            foreach (var name in local)
            {
                newGlobals.Remove(name);
            }
        }

        var childFree = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in scope.Children)
        {
            childFree.UnionWith(Analyze(child, newBound, newGlobals));
        }

        if (scope.IsFunctionLike)
        {
            foreach (var name in childFree)
            {
                if (local.Contains(name))
                {
                    scope.Bindings[name] = Binding.Cell;
                    if (!scope.CellVars.Contains(name))
                    {
                        scope.CellVars.Add(name);
                    }
                }
                else
                {
                    free.Add(name);
                    if (!scope.Bindings.ContainsKey(name) || scope.Bindings[name] is Binding.Global)
                    {
                        scope.Bindings[name] = Binding.Free;
                    }
                }
            }

            // Parameters keep their declared order among cells, as CPython lists co_cellvars.
            scope.CellVars.Sort((a, b) => OrderKey(scope, a).CompareTo(OrderKey(scope, b)));
        }
        else if (scope.Kind == ScopeKind.Class)
        {
            foreach (var name in childFree)
            {
                if (name == "__class__")
                {
                    scope.NeedsClassCell = true;
                    continue;
                }

                // Passed through for the methods; the class's own uses keep their binding.
                free.Add(name);
            }
        }

        foreach (var name in free)
        {
            if (!scope.FreeVars.Contains(name))
            {
                scope.FreeVars.Add(name);
            }
        }

        scope.FreeVars.Sort(StringComparer.Ordinal);
        return free;
    }

    private static int OrderKey(Scope scope, string name)
    {
        var p = scope.Parameters.IndexOf(name);
        return p >= 0 ? p : scope.Parameters.Count + scope.Order.IndexOf(name);
    }
}
