using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Constructors of enumerate, zip, map, filter and reversed.</summary>
internal static class LazyIteratorMethods
{
    public static void Fill(PyType enumerate, PyType zip, PyType map, PyType filter, PyType reversed)
    {
        enumerate.DefNew((cls, args, kw) =>
        {
            object? iterable = null;
            object start = Py.Int(0);
            var positional = args.Length - (kw?.Length ?? 0);
            if (positional > 0)
            {
                iterable = args[0];
            }
            if (positional > 1)
            {
                start = args[1];
            }
            for (var i = 0; i < (kw?.Length ?? 0); i++)
            {
                switch (kw![i])
                {
                    case "iterable":
                        iterable = args[positional + i];
                        break;
                    case "start":
                        start = args[positional + i];
                        break;
                    default:
                        throw Ops.TypeError($"'{kw[i]}' is an invalid keyword argument for enumerate()");
                }
            }
            if (iterable is null)
            {
                throw Ops.TypeError("enumerate() missing required argument 'iterable' (pos 1)");
            }
            if (!IntOps.IsInt(start))
            {
                throw Ops.TypeError($"'{Ops.TypeName(start)}' object cannot be interpreted as an integer");
            }
            return new EnumerateIterator(cls, iterable, IntOps.TryUnwrap(start, out var s) ? s : start);
        });
        zip.DefNew((cls, args, kw) =>
        {
            var positional = args.Length - (kw?.Length ?? 0);
            var strict = false;
            for (var i = 0; i < (kw?.Length ?? 0); i++)
            {
                strict = kw![i] == "strict" ? Ops.IsTrue(args[positional + i]) : throw Ops.TypeError($"zip() got an unexpected keyword argument '{kw[i]}'");
            }
            return new ZipIterator(cls, args[..positional], strict);
        });
        map.DefNew((cls, args, kw) => args.Length >= 2
            ? new MapIterator(cls, args[0], args[1..])
            : throw Ops.TypeError("map() must have at least two arguments."));
        filter.DefNew((cls, args, kw) => args.Length == 2
            ? new FilterIterator(cls, args[0], args[1])
            : throw Ops.TypeError($"filter expected 2 arguments, got {args.Length}"));
        reversed.DefNew((cls, args, kw) =>
        {
            if (args.Length != 1)
            {
                throw Ops.TypeError($"reversed expected 1 argument, got {args.Length}");
            }
            var seq = args[0];
            if (Ops.TryLookupSpecial(seq, "__reversed__", out var rev))
            {
                return rev is PyNone ? throw Ops.TypeError($"'{Ops.TypeName(seq)}' object is not reversible") : Ops.Call(rev);
            }
            var type = Py.TypeOf(seq);
            if (type.Slots[(int)SlotId.GetItem] is null || type.Slots[(int)SlotId.Len] is null || seq is PyDict)
            {
                throw Ops.TypeError($"'{type.Name}' object is not reversible");
            }
            return new ReversedIterator(cls, seq);
        });
    }
}
