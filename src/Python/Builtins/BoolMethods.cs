using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>bool</c> (a subclass of int whose bitwise operators keep bools).</summary>
internal static class BoolMethods
{
    public static void Fill(PyType t)
    {
        t.Def("__repr__", self => (bool)self ? "True" : "False");
        DefBitwise(t, "and", (a, b) => a & b, IntOps.And);
        DefBitwise(t, "or", (a, b) => a | b, IntOps.Or);
        DefBitwise(t, "xor", (a, b) => a ^ b, IntOps.Xor);
        t.DefNew((cls, args, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                throw Ops.TypeError("bool() takes no keyword arguments");
            }
            if (args.Length > 1)
            {
                throw Ops.TypeError($"bool expected at most 1 argument, got {args.Length}");
            }
            return Py.Bool(args.Length == 1 && Ops.IsTrue(args[0]));
        });
    }

    private static void DefBitwise(PyType t, string name, Func<bool, bool, bool> op, Func<object, object, object> intOp)
    {
        t.Def($"__{name}__", (self, other) => other is bool b ? Py.Bool(op((bool)self, b)) : intOp(self, other));
        t.Def($"__r{name}__", (self, other) => other is bool b ? Py.Bool(op(b, (bool)self)) : intOp(other, self));
    }
}
