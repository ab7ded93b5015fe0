using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>slice</c>.</summary>
internal static class SliceMethods
{
    public static void Fill(PyType t)
    {
        t.Prop("start", self => ((PySlice)self).Start);
        t.Prop("stop", self => ((PySlice)self).Stop);
        t.Prop("step", self => ((PySlice)self).Step);
        t.Def("__reduce__", self =>
        {
            var s = (PySlice)self;
            return new PyTuple([Py.TypeOf(self), new PyTuple([s.Start, s.Stop, s.Step])]);
        });
        t.Def("indices", (self, length) =>
        {
            var n = Ops.IndexAsLong(length);
            if (n < 0)
            {
                throw Ops.ValueError("length should not be negative");
            }
            Ops.SliceIndices((PySlice)self, (int)Math.Min(n, int.MaxValue), out var start, out var stop, out var step);
            return new PyTuple(new[] { Py.Int(start), Py.Int(stop), Py.Int(step) });
        });
        t.Def("__repr__", self =>
        {
            var s = (PySlice)self;
            return $"slice({Ops.Repr(s.Start)}, {Ops.Repr(s.Stop)}, {Ops.Repr(s.Step)})";
        });
        t.Def("__eq__", (self, o) => o is PySlice b ? Py.Bool(SequenceHelpers.Compare(Parts((PySlice)self), Parts(b), CompareOp.Eq)) : Py.NotImplemented);
        t.Namespace["__hash__"] = Py.None;
        t.DefNew((cls, args, kw) => args.Length switch
        {
            1 => new PySlice(Py.None, args[0], Py.None),
            2 => new PySlice(args[0], args[1], Py.None),
            3 => new PySlice(args[0], args[1], args[2]),
            0 => throw Ops.TypeError("slice expected at least 1 argument, got 0"),
            _ => throw Ops.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
        });
    }

    private static object[] Parts(PySlice s) => new[] { s.Start, s.Stop, s.Step };
}
