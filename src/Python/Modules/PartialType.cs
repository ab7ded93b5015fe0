using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>functools.partial in C#: a callable with stored leading arguments and keywords (the <c>_functools</c> module).</summary>
internal static class PartialType
{
    public static readonly PyType Type = Py.DefineType("partial", null, TypeFlags.BaseType | TypeFlags.HasDict, "functools", t =>
    {
        t.Namespace["__doc__"] = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n";
        t.DefNew((cls, args, kw) =>
        {
            var positional = args.Length - (kw?.Length ?? 0);
            if (positional < 1)
            {
                throw Ops.TypeError("type 'partial' takes at least one argument");
            }
            var func = args[0];
            if (Py.TypeOf(func).Slots[(int)SlotId.Call] is null)
            {
                throw Ops.TypeError("the first argument must be callable");
            }
            var stored = args[1..positional];
            var keywords = new PyDict();
            // A partial of a plain partial is flattened, as CPython does.
            if (func is PartialObject inner && (inner.Dict is null || inner.Dict.Count == 0))
            {
                stored = [.. inner.Args.Items, .. stored];
                keywords.Update(inner.Keywords);
                func = inner.Func;
            }
            for (var i = 0; i < (kw?.Length ?? 0); i++)
            {
                keywords[kw![i]] = args[positional + i];
            }
            return new PartialObject(cls, func, new PyTuple(stored), keywords);
        });
        t.DefRaw("__call__", (args, kw) => ((PartialObject)args[0]).Invoke(args[1..], kw));
        t.Prop("__dict__", self => P(self).Dict ??= new PyDict(), (self, v) => P(self).Dict = v as PyDict ?? throw Ops.TypeError("__dict__ must be set to a dictionary"));
        t.Prop("func", self => P(self).Func);
        t.Prop("args", self => P(self).Args);
        t.Prop("keywords", self => P(self).Keywords);
        t.Def("__repr__", self => Ops.ReprGuarded(self, "...", () => P(self).Describe()));
        t.Def("__reduce__", self => new PyTuple([
            Py.TypeOf(self), new PyTuple([P(self).Func]),
            new PyTuple([P(self).Func, P(self).Args, P(self).Keywords.Count > 0 ? P(self).Keywords : Py.None, P(self).Dict is { Count: > 0 } d ? d : Py.None]),
        ]));
        t.Def("__setstate__", (self, state) =>
        {
            if (state is not PyTuple { Count: 4 } s || s.Items[0] is not PyObject || s.Items[1] is not PyTuple)
            {
                throw Ops.TypeError("invalid partial state");
            }
            P(self).Restore(s.Items[0], (PyTuple)s.Items[1], s.Items[2] as PyDict, s.Items[3] as PyDict);
            return Py.None;
        });
        t.DefClass("__class_getitem__", 1, 1, a => new PyGenericAlias(a[0], a[1] as PyTuple ?? new PyTuple([a[1]])));
    });

    private static PartialObject P(object self) => (PartialObject)self;
}

internal sealed class PartialObject(PyType type, object func, PyTuple args, PyDict keywords) : PyObject(type)
{
    public object Func { get; private set; } = func;

    public PyTuple Args { get; private set; } = args;

    public PyDict Keywords { get; private set; } = keywords;

    // Subclasses may define their own __call__, so only the exact type skips the slot lookup.
    private bool Exact => ReferenceEquals(Type, PartialType.Type);

    public override object Call0() => Call(Array.Empty<object>(), null);

    public override object Call1(object a) => Exact && Keywords.Count == 0 && Args.Count == 0 ? Ops.Call(Func, a) : Call(new[] { a }, null);

    public override object Call(object[] callArgs, string[]? kwnames) => Exact ? Invoke(callArgs, kwnames) : base.Call(callArgs, kwnames);

    public object Invoke(object[] callArgs, string[]? kwnames)
    {
        var positional = callArgs.Length - (kwnames?.Length ?? 0);
        if (Keywords.Count == 0)
        {
            return Ops.Call(Func, Args.Count == 0 ? callArgs : [.. Args.Items, .. callArgs], kwnames);
        }
        // Stored keywords first, overridden by the call's own.
        var merged = Keywords.Copy();
        for (var i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            merged[kwnames![i]] = callArgs[positional + i];
        }
        var all = new object[Args.Count + positional + merged.Count];
        Args.Items.CopyTo(all, 0);
        Array.Copy(callArgs, 0, all, Args.Count, positional);
        var names = new string[merged.Count];
        var pos = 0;
        var k = 0;
        while (merged.TryGetEntry(ref pos, out var key, out var value))
        {
            names[k] = key as string ?? throw Ops.TypeError("keywords must be strings");
            all[Args.Count + positional + k] = value;
            k++;
        }
        return Ops.Call(Func, all, names);
    }

    public void Restore(object func, PyTuple args, PyDict? keywords, PyDict? dict)
    {
        Func = func;
        Args = args;
        Keywords = keywords?.Copy() ?? new PyDict();
        if (dict is not null)
        {
            Dict = dict.Copy();
        }
    }

    public string Describe()
    {
        var sb = new StringBuilder(ReferenceEquals(Type, PartialType.Type) ? "functools.partial" : Type.Name).Append('(').Append(Ops.Repr(Func));
        foreach (var a in Args.Items)
        {
            sb.Append(", ").Append(Ops.Repr(a));
        }
        var pos = 0;
        while (Keywords.TryGetEntry(ref pos, out var key, out var value))
        {
            sb.Append(", ").Append(Ops.Str(key)).Append('=').Append(Ops.Repr(value));
        }
        return sb.Append(')').ToString();
    }
}
