using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Attributes and methods of functions, bound methods, builtin functions, code objects and cells.</summary>
internal static class FunctionMethods
{
    private static PyFunction F(object o) => (PyFunction)o;

    public static void Fill(PyType function, PyType method, PyType builtin, PyType descriptor, PyType code, PyType cell)
    {
        function.DefRange("__get__", 1, 2, a => a[1] is PyNone ? a[0] : new PyMethod(a[0], a[1]));
        function.DefRaw("__call__", (args, kw) => Ops.Call(args[0], args[1..], kw));
        function.Def("__repr__", self => $"<function {F(self).QualName} at {ObjectMethods.Address(self)}>");
        function.Prop("__name__", self => F(self).Name, (self, v) => F(self).Name = v as string ?? throw Ops.TypeError("__name__ must be set to a string object"));
        function.Prop("__qualname__", self => F(self).QualName, (self, v) => F(self).QualName = v as string ?? throw Ops.TypeError("__qualname__ must be set to a string object"));
        function.Prop("__module__", self => F(self).Module, (self, v) => F(self).Module = v);
        function.Prop("__doc__", self => F(self).Doc, (self, v) => F(self).Doc = v);
        function.Prop("__defaults__", self => (object?)F(self).Defaults ?? Py.None, (self, v) =>
            F(self).Defaults = v is PyNone ? null : v as PyTuple ?? throw Ops.TypeError("__defaults__ must be set to a tuple object"));
        function.Prop("__kwdefaults__", self => (object?)F(self).KwDefaults ?? Py.None, (self, v) =>
            F(self).KwDefaults = v is PyNone ? null : v as PyDict ?? throw Ops.TypeError("__kwdefaults__ must be set to a dict object"));
        function.Prop("__code__", self => F(self).Code, (self, v) => F(self).Code = v as PyCode ?? throw Ops.TypeError("__code__ must be set to a code object"));
        function.Prop("__globals__", self => F(self).Globals);
        function.Prop("__closure__", self => F(self).Closure is { } c ? new PyTuple(c) : Py.None);
        function.Prop("__annotations__", self => F(self).Annotations ??= new PyDict(), (self, v) => F(self).Annotations = v as PyDict);
        function.Prop("__dict__", self => F(self).Dict ??= new PyDict(), (self, v) => F(self).Dict = v as PyDict ?? throw Ops.TypeError("__dict__ must be set to a dictionary"));

        method.Def("__repr__", self =>
        {
            var m = (PyMethod)self;
            var name = m.Function is PyFunction f ? f.QualName : Ops.TryGetAttr(m.Function, "__qualname__", out var q) ? Ops.Str(q) : "?";
            if (m.Function is PyBuiltinFunction bf)
            {
                return $"<built-in method {bf.Name} of {Ops.TypeName(m.Self)} object at {ObjectMethods.Address(m.Self)}>";
            }
            return $"<bound method {name} of {Ops.Repr(m.Self)}>";
        });
        method.DefNamed("__new__", new[] { "cls", "function", "instance" }, 3, a =>
        {
            if (!Ops.TryGetAttr(a[1]!, "__call__", out _))
            {
                throw Ops.TypeError("first argument must be callable");
            }
            return a[2] is PyNone ? throw Ops.TypeError("instance must not be None") : new PyMethod(a[1]!, a[2]!);
        });
        method.Namespace["__new__"] = new PyStaticMethod(method.Namespace["__new__"]);
        method.DefRaw("__call__", (args, kw) => Ops.Call(args[0], args[1..], kw));
        method.Prop("__func__", self => ((PyMethod)self).Function);
        method.Prop("__self__", self => ((PyMethod)self).Self);
        method.Def("__reduce__", self => GetAttrReduction(((PyMethod)self).Self, Ops.Str(Ops.GetAttr(((PyMethod)self).Function, "__name__"))));
        method.Prop("__name__", self => Ops.GetAttr(((PyMethod)self).Function, "__name__"));
        method.Prop("__qualname__", self => Ops.GetAttr(((PyMethod)self).Function, "__qualname__"));
        method.Prop("__doc__", self => Ops.TryGetAttr(((PyMethod)self).Function, "__doc__", out var d) ? d : Py.None);
        method.Def("__eq__", (self, o) => o is PyMethod m ? Py.Bool(Ops.Is(((PyMethod)self).Function, m.Function) && Ops.Is(((PyMethod)self).Self, m.Self)) : Py.NotImplemented);
        method.Def("__hash__", self => Py.Int(Ops.IdentityHash(((PyMethod)self).Function) ^ Ops.Hash(((PyMethod)self).Self)));
        method.Def("__getattribute__", (self, name) =>
        {
            var n = (string)name;
            if (Ops.GenericGetAttr(self, Py.MethodType, n, out var v))
            {
                return v;
            }
            return Ops.GetAttr(((PyMethod)self).Function, n);
        });

        foreach (var t in new[] { builtin, descriptor })
        {
            t.Prop("__name__", self => ((PyBuiltinFunction)self).Name);
            t.Prop("__qualname__", self => ((PyBuiltinFunction)self).Owner is { } o ? $"{o.Name}.{((PyBuiltinFunction)self).Name}" : ((PyBuiltinFunction)self).Name);
            t.Prop("__doc__", self => Py.None);
            t.DefRaw("__call__", (args, kw) => Ops.Call(args[0], args[1..], kw));
        }
        builtin.Def("__repr__", self => $"<built-in function {((PyBuiltinFunction)self).Name}>");
        builtin.Prop("__self__", self => ((PyBuiltinFunction)self).Self ?? Py.None);
        builtin.Prop("__text_signature__", self => (object?)((PyBuiltinFunction)self).TextSignature ?? Py.None);
        builtin.Prop("__module__", self => ((PyBuiltinFunction)self).Module ?? "builtins");
        // A function is pickled by name; a method bound to an object (or a class's method) as getattr(owner, name).
        builtin.Def("__reduce__", self => ((PyBuiltinFunction)self).Self is { } owner and not PyModule
            ? GetAttrReduction(owner, ((PyBuiltinFunction)self).Name)
            : Ops.GetAttr(self, "__qualname__"));
        descriptor.Def("__reduce__", self => GetAttrReduction(((PyBuiltinFunction)self).Owner!, ((PyBuiltinFunction)self).Name));
        descriptor.Def("__repr__", self => $"<method '{((PyBuiltinFunction)self).Name}' of '{((PyBuiltinFunction)self).Owner!.Name}' objects>");
        descriptor.DefRange("__get__", 1, 2, a => a[1] is PyNone ? a[0] : new PyMethod(a[0], a[1]));
        descriptor.Prop("__objclass__", self => ((PyBuiltinFunction)self).Owner!);

        code.Prop("co_name", self => ((PyCode)self).Name);
        code.Prop("co_qualname", self => ((PyCode)self).QualName);
        code.Prop("co_filename", self => ((PyCode)self).FileName);
        code.Prop("co_firstlineno", self => Py.Int(((PyCode)self).FirstLine));
        code.Prop("co_argcount", self => Py.Int(((PyCode)self).ArgCount));
        code.Prop("co_posonlyargcount", self => Py.Int(((PyCode)self).PosOnlyArgCount));
        code.Prop("co_kwonlyargcount", self => Py.Int(((PyCode)self).KwOnlyArgCount));
        code.Prop("co_flags", self => Py.Int((int)((PyCode)self).Flags));
        code.Prop("co_varnames", self => new PyTuple(((PyCode)self).VarNames));
        code.Prop("co_cellvars", self => new PyTuple(((PyCode)self).CellVars));
        code.Prop("co_freevars", self => new PyTuple(((PyCode)self).FreeVars));
        code.Def("__repr__", self =>
        {
            var c = (PyCode)self;
            return $"<code object {c.Name} at {ObjectMethods.Address(self)}, file \"{c.FileName}\", line {c.FirstLine}>";
        });

        cell.Prop("cell_contents", self => ((PyCell)self).Value ?? throw Ops.Error(PyExc.ValueError, "Cell is empty"), (self, v) => ((PyCell)self).Value = v);
        cell.Def("__repr__", self => ((PyCell)self).Value is { } v
            ? $"<cell at {ObjectMethods.Address(self)}: {Ops.TypeName(v)} object at {ObjectMethods.Address(v)}>"
            : $"<cell at {ObjectMethods.Address(self)}: empty>");
    }

    private static PyTuple GetAttrReduction(object owner, string name) =>
        new([Engine.PythonThread.Current.Engine.Builtins["getattr"], new PyTuple([owner, name])]);
}
