using System.Runtime.CompilerServices;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Stable sort for list.sort and sorted(): a merge sort using only &lt; (as CPython's timsort).</summary>
internal static class Sorting
{
    public static void Sort(PyList list, object? key, bool reverse)
    {
        var n = list.Count;
        var values = list.ToArray();
        var keys = values;
        if (key is not null)
        {
            keys = new object[n];
            for (var i = 0; i < n; i++)
            {
                keys[i] = Ops.Call(key, values[i]);
            }
        }
        // The list appears empty while sorting, as in CPython.
        list.SetContents(Array.Empty<object>(), 0);
        try
        {
            if (reverse)
            {
                Array.Reverse(keys);
                if (!ReferenceEquals(keys, values))
                {
                    Array.Reverse(values);
                }
            }
            MergeSort(keys, ReferenceEquals(keys, values) ? Span<object>.Empty : values, LessFor(keys));
            if (reverse)
            {
                Array.Reverse(keys);
                if (!ReferenceEquals(keys, values))
                {
                    Array.Reverse(values);
                }
            }
        }
        finally
        {
            list.SetContents(values, n);
        }
    }

    private static Func<object, object, bool> LessFor(object[] keys)
    {
        var allLong = true;
        var allString = true;
        var allDouble = true;
        var allTuple = true;
        foreach (var k in keys)
        {
            allLong &= k is long;
            allString &= k is string;
            allDouble &= k is double;
            allTuple &= k is PyTuple t && ReferenceEquals(t.Type, Py.TupleType);
        }
        if (allLong)
        {
            return [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (a, b) => (long)a < (long)b;
        }
        if (allString)
        {
            return [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (a, b) => CodePoints.Compare((string)a, (string)b) < 0;
        }
        if (allDouble)
        {
            return [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (a, b) => (double)a < (double)b;
        }
        if (allTuple)
        {
            // Exact tuples compare item by item without dispatching through tuple.__lt__ (CPython's unsafe_tuple_compare).
            return [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (a, b) => SequenceHelpers.Compare(((PyTuple)a).Items, ((PyTuple)b).Items, CompareOp.Lt);
        }
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (a, b) => Ops.CompareBool(a, b, CompareOp.Lt);
    }

    // Sorting runs once per call over many items: optimized code from the first call, not after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MergeSort(Span<object> keys, Span<object> values, Func<object, object, bool> less)
    {
        // Spans store without the covariant array check of object[]; values is empty when keys are the values.
        var n = keys.Length;
        var hasValues = !values.IsEmpty;
        const int Run = 16;
        for (var lo = 0; lo < n; lo += Run)
        {
            var hi = Math.Min(lo + Run, n);
            for (var i = lo + 1; i < hi; i++)
            {
                var k = keys[i];
                var v = hasValues ? values[i] : null;
                var j = i - 1;
                while (j >= lo && less(k, keys[j]))
                {
                    keys[j + 1] = keys[j];
                    if (hasValues)
                    {
                        values[j + 1] = values[j];
                    }
                    j--;
                }
                keys[j + 1] = k;
                if (hasValues)
                {
                    values[j + 1] = v!;
                }
            }
        }
        if (n <= Run)
        {
            return;
        }
        Span<object> tmpKeys = new object[n];
        Span<object> tmpValues = hasValues ? new object[n] : Span<object>.Empty;
        for (var width = Run; width < n; width *= 2)
        {
            for (var lo = 0; lo < n - width; lo += 2 * width)
            {
                var mid = lo + width;
                var hi = Math.Min(lo + (2 * width), n);
                if (!less(keys[mid], keys[mid - 1]))
                {
                    continue;
                }
                keys[lo..hi].CopyTo(tmpKeys[lo..]);
                if (hasValues)
                {
                    values[lo..hi].CopyTo(tmpValues[lo..]);
                }
                int i = lo, j = mid, o = lo;
                while (i < mid && j < hi)
                {
                    if (less(tmpKeys[j], tmpKeys[i]))
                    {
                        keys[o] = tmpKeys[j];
                        if (hasValues)
                        {
                            values[o] = tmpValues[j];
                        }
                        j++;
                    }
                    else
                    {
                        keys[o] = tmpKeys[i];
                        if (hasValues)
                        {
                            values[o] = tmpValues[i];
                        }
                        i++;
                    }
                    o++;
                }
                while (i < mid)
                {
                    keys[o] = tmpKeys[i];
                    if (hasValues)
                    {
                        values[o] = tmpValues[i];
                    }
                    i++;
                    o++;
                }
                while (j < hi)
                {
                    keys[o] = tmpKeys[j];
                    if (hasValues)
                    {
                        values[o] = tmpValues[j];
                    }
                    j++;
                    o++;
                }
            }
        }
    }
}
