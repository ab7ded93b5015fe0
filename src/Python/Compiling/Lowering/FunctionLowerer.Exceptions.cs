using System.Linq.Expressions;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>try/except/else/finally, raise and with, all built on <see cref="Protected"/>.</summary>
internal sealed partial class FunctionLowerer
{
    private E LowerTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody)
    {
        Func<E> inner = handlers.Count == 0
            ? () => LowerBlock(body)
            : () => LowerTryExcept(body, handlers, orelse);
        if (finalbody.Count == 0)
        {
            return inner();
        }

        return Protected(inner, exc => E.Block(typeof(void),
            WithHandled(exc, () => LowerBlock(finalbody)),
            E.IfThen(E.NotEqual(exc, E.Constant(null, typeof(PythonException))), E.Throw(exc))));
    }

    // While a finally block runs for an exception, that exception is the one being handled (for __context__).
    private E WithHandled(ParameterExpression exc, Func<E> body)
    {
        var saved = Temp(typeof(PyBaseException), "handled");
        var handled = E.Property(thread, nameof(PythonThread.Handled));
        return E.Block(typeof(void),
            E.Assign(saved, handled),
            E.IfThen(E.NotEqual(exc, E.Constant(null, typeof(PythonException))), E.Assign(handled, E.Property(exc, nameof(PythonException.Value)))),
            body(),
            E.Assign(handled, saved));
    }

    private E LowerTryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse)
    {
        var caught = Temp(typeof(PythonException), "caught");
        var e = E.Parameter(typeof(Exception), "e");
        var routing = generator?.BeginRegion();
        var loweredBody = LowerBlock(body);
        if (routing is not null)
        {
            loweredBody = generator!.EndRegion(routing, loweredBody);
        }

        var steps = new List<E> { E.Assign(caught, E.Constant(null, typeof(PythonException))) };
        if (routing is not null)
        {
            steps.Add(E.Label(routing.Entry));
        }

        steps.Add(E.TryCatch(E.Block(typeof(void), loweredBody), E.Catch(e, E.Block(typeof(void), E.Assign(caught, CaughtException(e))))));
        steps.Add(E.IfThenElse(
            E.Equal(caught, E.Constant(null, typeof(PythonException))),
            LowerBlock(orelse),
            LowerHandlers(caught, handlers)));
        return E.Block(typeof(void), steps);
    }

    private E LowerHandlers(ParameterExpression caught, List<ExceptHandler> handlers)
    {
        var saved = Temp(typeof(PyBaseException), "handled");
        var handled = E.Property(thread, nameof(PythonThread.Handled));
        var value = E.Property(caught, nameof(PythonException.Value));
        var body = Protected(
            () =>
            {
                E chain = E.Throw(caught);
                for (var i = handlers.Count - 1; i >= 0; i--)
                {
                    var h = handlers[i];
                    var steps = new List<E>();
                    SetLine(steps, h);
                    if (h.Name is not null)
                    {
                        steps.Add(StoreName(h.Name, value));
                    }

                    steps.Add(LowerBlock(h.Body));
                    var handlerBody = E.Block(typeof(void), steps);
                    chain = h.Type is null
                        ? handlerBody
                        : E.IfThenElse(Ops(nameof(CompiledOps.ExceptionMatches), caught, Lower(h.Type)), handlerBody, chain);
                }

                return chain;
            },
            exc =>
            {
                var cleanup = new List<E>
                {
                    E.Assign(handled, saved),
                    E.IfThen(E.NotEqual(exc, E.Constant(null, typeof(PythonException))),
                        E.Block(Ops(nameof(CompiledOps.SetContext), exc, caught), E.Throw(exc))),
                };

                // "except E as name" unbinds name when the handler ends, as CPython does.
                foreach (var h in handlers.Where(h => h.Name is not null))
                {
                    cleanup.Insert(1, ClearName(h.Name!));
                }

                return E.Block(typeof(void), cleanup);
            });
        return E.Block(typeof(void),
            E.Assign(saved, handled),
            E.Assign(handled, value),
            body);
    }

    private E ClearName(string name)
    {
        var mangled = Mangle(name);
        return scope.BindingOf(mangled) switch
        {
            Symbols.Binding.Local => E.Assign(variables[mangled], E.Constant(null, typeof(object))),
            Symbols.Binding.Cell or Symbols.Binding.Free => E.Assign(E.Property(variables[mangled], nameof(PyCell.Value)), E.Constant(null, typeof(object))),
            _ => Ops(nameof(CompiledOps.DeleteNameIfPresent), namespaceDict ?? globals, E.Constant(mangled)),
        };
    }

    private E LowerRaise(Raise r)
    {
        if (r.Exc is null)
        {
            return E.Throw(Ops(nameof(CompiledOps.Reraise), thread));
        }

        var cause = r.Cause is null ? E.Constant(null, typeof(object)) : Lower(r.Cause);
        return E.Throw(Ops(nameof(CompiledOps.Raise), Lower(r.Exc), cause, E.Constant(r.Cause is not null), thread));
    }

    private E LowerWith(List<WithItem> items, int index, List<Stmt> body)
    {
        if (index == items.Count)
        {
            return LowerBlock(body);
        }

        var item = items[index];
        var manager = Temp(typeof(object), "manager");
        var exit = Temp(typeof(object), "exit");
        var steps = new List<E>
        {
            E.Assign(manager, Lower(item.ContextExpr)),
            E.Assign(exit, Ops(nameof(CompiledOps.WithExit), manager)),
        };
        var entered = Ops(nameof(CompiledOps.WithEnter), manager);
        steps.Add(item.OptionalVars is null ? entered : StoreTarget(item.OptionalVars, entered));
        steps.Add(Protected(
            () => LowerWith(items, index + 1, body),
            exc => E.IfThenElse(
                E.Equal(exc, E.Constant(null, typeof(PythonException))),
                E.Block(typeof(void), Ops(nameof(CompiledOps.Call), exit, NoneConstant, NoneConstant, NoneConstant)),
                E.IfThen(E.Not(Ops(nameof(CompiledOps.ExitSuppresses), exit, exc, thread)), E.Throw(exc)))));
        return E.Block(typeof(void), steps);
    }

    private E LowerImport(Import i)
    {
        var steps = new List<E>();
        foreach (var alias in i.Names)
        {
            var top = Ops(nameof(CompiledOps.ImportModule), thread, E.Constant(alias.Name), globals, E.Constant(alias.Asname is not null));
            steps.Add(StoreName(alias.Asname ?? alias.Name.Split('.')[0], top));
        }

        return E.Block(typeof(void), steps);
    }

    private E LowerImportFrom(ImportFrom i)
    {
        var module = Temp(typeof(object), "from");
        var names = i.Names.Select(a => a.Name).ToArray();
        var steps = new List<E>
        {
            E.Assign(module, Ops(nameof(CompiledOps.ImportFrom), thread, E.Constant(i.Module ?? "", typeof(string)), globals, E.Constant(names), E.Constant(i.Level ?? 0))),
        };
        foreach (var alias in i.Names)
        {
            if (alias.Name == "*")
            {
                steps.Add(Ops(nameof(CompiledOps.ImportStar), thread, module, namespaceDict ?? globals));
                continue;
            }

            steps.Add(StoreName(alias.Asname ?? alias.Name, Ops(nameof(CompiledOps.ImportName), thread, module, E.Constant(alias.Name))));
        }

        steps.Add(E.Empty());
        return E.Block(typeof(void), steps);
    }
}
