using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>types.GenericAlias (list[int]) and types.UnionType (int | None), and the hooks that create them.</summary>
internal static class GenericAliasMethods
{
    public static void Fill(PyType alias, PyType union, PyType[] generic)
    {
        alias.Namespace["__module__"] = "types";
        union.Namespace["__module__"] = "types";
        foreach (var t in generic)
        {
            if (ReferenceEquals(t, Py.TypeType))
            {
                t.Def("__or__", (self, other) => IsUnionMember(other) ? MakeUnion(self, other) : Py.NotImplemented);
                t.Def("__ror__", (self, other) => IsUnionMember(other) ? MakeUnion(other, self) : Py.NotImplemented);
                continue;
            }
            t.Namespace["__class_getitem__"] = new PyClassMethod(new PyBuiltinFunction("__class_getitem__", null, 2, 2, a =>
                new PyGenericAlias(a[0], a[1] as PyTuple ?? new PyTuple(new[] { a[1] }))));
        }
        alias.DefNew((cls, args, kw) => args.Length == 2 && kw is null
            ? new PyGenericAlias(args[0], args[1] as PyTuple ?? new PyTuple(new[] { args[1] }))
            : throw Ops.TypeError($"GenericAlias expected 2 arguments, got {args.Length}"));
        alias.Def("__repr__", self =>
        {
            var g = (PyGenericAlias)self;
            var sb = new StringBuilder(TypeRepr(g.Origin)).Append('[');
            for (var i = 0; i < g.Args.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                sb.Append(TypeRepr(g.Args.Items[i]));
            }
            if (g.Args.Count == 0)
            {
                sb.Append("()");
            }
            return sb.Append(']').ToString();
        });
        alias.Prop("__origin__", self => ((PyGenericAlias)self).Origin);
        alias.Prop("__args__", self => ((PyGenericAlias)self).Args);
        alias.DefRaw("__call__", (args, kw) => Ops.Call(((PyGenericAlias)args[0]).Origin, args[1..], kw));
        alias.Def("__eq__", (self, o) => o is PyGenericAlias g
            ? Py.Bool(Ops.Is(((PyGenericAlias)self).Origin, g.Origin) && Ops.EqualForLookup(((PyGenericAlias)self).Args, g.Args))
            : Py.NotImplemented);
        alias.Def("__hash__", self => Py.Int(Ops.Hash(((PyGenericAlias)self).Origin) ^ Ops.Hash(((PyGenericAlias)self).Args)));
        alias.Def("__or__", (self, other) => MakeUnion(self, other));
        alias.Def("__ror__", (self, other) => MakeUnion(other, self));
        alias.Def("__getattribute__", (self, name) =>
        {
            var n = (string)name;
            if (Ops.GenericGetAttr(self, Py.GenericAliasType, n, out var v))
            {
                return v;
            }
            return Ops.GetAttr(((PyGenericAlias)self).Origin, n);
        });

        union.Def("__repr__", self =>
        {
            var parts = new List<string>();
            foreach (var a in ((PyUnionType)self).Args.Items)
            {
                parts.Add(TypeRepr(a));
            }
            return string.Join(" | ", parts);
        });
        union.Prop("__args__", self => ((PyUnionType)self).Args);
        union.Def("__or__", (self, other) => IsUnionMember(other) ? MakeUnion(self, other) : Py.NotImplemented);
        union.Def("__ror__", (self, other) => IsUnionMember(other) ? MakeUnion(other, self) : Py.NotImplemented);
        union.Def("__eq__", (self, o) => o is PyUnionType u ? Py.Bool(SetMethods.From(Py.SetType, ((PyUnionType)self).Args).Count == u.Args.Count
            && SetMethods.IsSubset(SetMethods.From(Py.SetType, ((PyUnionType)self).Args), SetMethods.From(Py.SetType, u.Args))) : Py.NotImplemented);
        union.Def("__hash__", self => Py.Int(Ops.Hash(SetMethods.From(Py.FrozenSetType, ((PyUnionType)self).Args))));
        union.Def("__subclasscheck__", (self, cls) => UnionSubclassCheck((PyUnionType)self, cls));
        union.Def("__instancecheck__", (self, obj) =>
        {
            foreach (var a in ((PyUnionType)self).Args.Items)
            {
                if (a is PyType t ? Py.TypeOf(obj).IsSubtypeOf(t) : a is PyNone && obj is PyNone)
                {
                    return Py.True;
                }
            }
            return Py.False;
        });
    }

    private static object UnionSubclassCheck(PyUnionType self, object cls)
    {
        if (cls is not PyType sub)
        {
            throw Ops.TypeError("issubclass() arg 1 must be a class");
        }
        foreach (var a in self.Args.Items)
        {
            if (a is PyType t ? Ops.IsSubclass(sub, t) : a is PyNone && ReferenceEquals(sub, Py.NoneType))
            {
                return Py.True;
            }
        }
        return Py.False;
    }

    private static bool IsUnionMember(object o) => o is PyType or PyNone or PyGenericAlias or PyUnionType;

    private static object MakeUnion(object a, object b)
    {
        var items = new List<object>();
        foreach (var side in new[] { a, b })
        {
            if (side is PyUnionType u)
            {
                foreach (var x in u.Args.Items)
                {
                    AddUnique(items, x);
                }
            }
            else
            {
                AddUnique(items, side is PyNone ? Py.NoneType : side);
            }
        }
        return items.Count == 1 ? items[0] : new PyUnionType(new PyTuple(items.ToArray()));
    }

    private static void AddUnique(List<object> items, object x)
    {
        foreach (var y in items)
        {
            if (ReferenceEquals(x, y))
            {
                return;
            }
        }
        items.Add(x);
    }

    /// <summary>How typing shows a type argument: qualified class names, None, ..., or repr.</summary>
    public static string TypeRepr(object o)
    {
        switch (o)
        {
            case PyType t when ReferenceEquals(t, Py.NoneType):
                return "None";
            case PyType t:
                var module = t.Namespace.TryGetValue("__module__", out var m) && m is string ms && ms != "builtins" ? ms + "." : "";
                return module + t.QualName;
            case PyEllipsis:
                return "...";
            default:
                return Ops.Repr(o);
        }
    }
}

