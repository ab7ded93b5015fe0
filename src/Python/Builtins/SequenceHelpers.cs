using System.Runtime.CompilerServices;
using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Operations shared by list and tuple: comparison, repr, slicing, searching, repetition.</summary>
internal static class SequenceHelpers
{
    /// <summary>Lexicographic rich comparison of two sequences (sort and heap kernels: optimized from the first call).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Compare(ReadOnlySpan<object> a, ReadOnlySpan<object> b, CompareOp op)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x is long lx && y is long ly)
            {
                // Ints (sort keys, heap entries) decide without a second dispatch.
                if (lx != ly)
                {
                    return Ops.CompareResult(lx.CompareTo(ly), op);
                }
                continue;
            }
            if (!Ops.EqualForLookup(x, y))
            {
                return op switch
                {
                    CompareOp.Eq => false,
                    CompareOp.Ne => true,
                    _ => Ops.CompareBool(x, y, op),
                };
            }
        }
        return Ops.CompareResult(a.Length.CompareTo(b.Length), op);
    }

    public static string Repr(ReadOnlySpan<object> items, string open, string close, bool singleComma)
    {
        var sb = new StringBuilder();
        sb.Append(open);
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            sb.Append(Ops.Repr(items[i]));
        }
        if (singleComma && items.Length == 1)
        {
            sb.Append(',');
        }
        return sb.Append(close).ToString();
    }

    public static object[] Slice(ReadOnlySpan<object> items, PySlice slice) => Slice(items, slice.Start, slice.Stop, slice.Step);

    /// <summary>items[lower:upper:stride] as a new array.</summary>
    public static object[] Slice(ReadOnlySpan<object> items, object lower, object upper, object stride)
    {
        var n = Ops.SliceIndices(lower, upper, stride, items.Length, out var start, out _, out var step);
        return Slice(items, start, n, step);
    }

    /// <summary>The n items from start by step, with the bounds already adjusted.</summary>
    public static object[] Slice(ReadOnlySpan<object> items, int start, int n, int step)
    {
        if (step == 1)
        {
            return items.Slice(start, n).ToArray();
        }
        var result = new object[n];
        for (var k = 0; k < n; k++)
        {
            result[k] = items[start + (k * step)];
        }
        return result;
    }

    public static object[] Repeat(ReadOnlySpan<object> items, object count)
    {
        var n = Ops.IndexAsLong(count);
        if (n <= 0 || items.Length == 0)
        {
            return Array.Empty<object>();
        }
        if (n * items.Length > int.MaxValue / 4)
        {
            throw new PyBaseException(PyExc.MemoryError, Py.EmptyTuple).ToClr();
        }
        var result = new object[items.Length * n];
        for (var i = 0; i < n; i++)
        {
            items.CopyTo(result.AsSpan(i * items.Length));
        }
        return result;
    }

    public static int Count(ReadOnlySpan<object> items, object value)
    {
        var n = 0;
        foreach (var x in items)
        {
            if (Ops.EqualForLookup(x, value))
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>seq.index(value[, start[, stop]]) arguments from args[1..].</summary>
    public static int Index(ReadOnlySpan<object> items, object[] args, string what)
    {
        var start = 0;
        var stop = items.Length;
        if (args.Length > 2)
        {
            start = Clamp(Ops.IndexAsLongClamped(args[2]), items.Length);
        }
        if (args.Length > 3)
        {
            stop = Clamp(Ops.IndexAsLongClamped(args[3]), items.Length);
        }
        for (var i = start; i < stop; i++)
        {
            if (Ops.EqualForLookup(items[i], args[1]))
            {
                return i;
            }
        }
        throw Ops.ValueError(what == "list" ? $"{Ops.Repr(args[1])} is not in list" : "tuple.index(x): x not in tuple");
    }

    private static int Clamp(long v, int length)
    {
        if (v < 0)
        {
            v = Math.Max(0, v + length);
        }
        return (int)Math.Min(v, length);
    }
}
