using System.Runtime.CompilerServices;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Stable sort for list.sort and sorted(): a galloping merge sort using only &lt; (as CPython's timsort).</summary>
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

    private const int Run = 32;

    // After this many items in a row from one side, a merge searches for the end of that side's streak
    // instead of comparing item by item (CPython's galloping, with its initial threshold).
    private const int MinGallop = 7;

    // Sorting runs once per call over many items: optimized code from the first call, not after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MergeSort(Span<object> keys, Span<object> values, Func<object, object, bool> less)
    {
        // Spans store without the covariant array check of object[]; values is empty when keys are the values.
        var n = keys.Length;
        for (var lo = 0; lo < n; lo += Run)
        {
            InsertionSort(keys, values, lo, Math.Min(lo + Run, n), less);
        }
        if (n <= Run)
        {
            return;
        }
        // The widest left run merged is the largest doubling of Run below n.
        var widest = Run;
        while (widest * 2 < n)
        {
            widest *= 2;
        }
        var tmpKeys = new object[widest];
        var tmpValues = values.IsEmpty ? [] : new object[widest];
        for (var width = Run; width < n; width *= 2)
        {
            for (var lo = 0; lo < n - width; lo += 2 * width)
            {
                Merge(keys, values, lo, lo + width, Math.Min(lo + (2 * width), n), tmpKeys, tmpValues, less);
            }
        }
    }

    // Binary insertion: each item goes after the sorted items not greater than it, which keeps equal items in order.
    private static void InsertionSort(Span<object> keys, Span<object> values, int lo, int hi, Func<object, object, bool> less)
    {
        var hasValues = !values.IsEmpty;
        for (var i = lo + 1; i < hi; i++)
        {
            var k = keys[i];
            if (!less(k, keys[i - 1]))
            {
                continue;
            }
            int at = lo, bound = i - 1;
            while (at < bound)
            {
                var m = (at + bound) >>> 1;
                if (less(k, keys[m]))
                {
                    bound = m;
                }
                else
                {
                    at = m + 1;
                }
            }
            keys[at..i].CopyTo(keys[(at + 1)..]);
            keys[at] = k;
            if (hasValues)
            {
                var v = values[i];
                values[at..i].CopyTo(values[(at + 1)..]);
                values[at] = v;
            }
        }
    }

    // Merges the sorted runs [lo, mid) and [mid, hi). Only the left run's unplaced part is copied out; the
    // right run is read where it lies, since the output never overtakes it. A comparison that raises leaves
    // every item in the arrays once (the finally puts the copied-out rest back), as CPython's list does.
    private static void Merge(Span<object> keys, Span<object> values, int lo, int mid, int hi, object[] tmpKeys, object[] tmpValues, Func<object, object, bool> less)
    {
        if (!less(keys[mid], keys[mid - 1]))
        {
            return;
        }
        // Left items not greater than the right run's first, and right items not less than the left run's last, stay put.
        lo += CountNotGreater(keys[lo..mid], keys[mid], less);
        hi = mid + CountLess(keys[mid..hi], keys[mid - 1], less);
        var hasValues = !values.IsEmpty;
        var nl = mid - lo;
        keys[lo..mid].CopyTo(tmpKeys);
        if (hasValues)
        {
            values[lo..mid].CopyTo(tmpValues);
        }
        int i = 0, j = mid, o = lo, leftWins = 0, rightWins = 0;
        try
        {
            while (i < nl && j < hi)
            {
                if (less(keys[j], tmpKeys[i]))
                {
                    var count = 1;
                    if (++rightWins >= MinGallop)
                    {
                        count += CountLess(keys[(j + 1)..hi], tmpKeys[i], less);
                        rightWins = 0;
                    }
                    Move(keys, values, hasValues, j, o, count);
                    j += count;
                    o += count;
                    leftWins = 0;
                }
                else
                {
                    var count = 1;
                    if (++leftWins >= MinGallop)
                    {
                        count += CountNotGreater(tmpKeys.AsSpan((i + 1)..nl), keys[j], less);
                        leftWins = 0;
                    }
                    Move(tmpKeys, tmpValues, hasValues, i, keys, values, o, count);
                    i += count;
                    o += count;
                    rightWins = 0;
                }
            }
        }
        finally
        {
            tmpKeys.AsSpan(i..nl).CopyTo(keys[o..]);
            Array.Clear(tmpKeys, 0, nl);
            if (hasValues)
            {
                tmpValues.AsSpan(i..nl).CopyTo(values[o..]);
                Array.Clear(tmpValues, 0, nl);
            }
        }
    }

    private static void Move(Span<object> keys, Span<object> values, bool hasValues, int from, int to, int count)
    {
        if (count == 1)
        {
            keys[to] = keys[from];
            if (hasValues)
            {
                values[to] = values[from];
            }
            return;
        }
        keys.Slice(from, count).CopyTo(keys[to..]);
        if (hasValues)
        {
            values.Slice(from, count).CopyTo(values[to..]);
        }
    }

    private static void Move(object[] fromKeys, object[] fromValues, bool hasValues, int from, Span<object> keys, Span<object> values, int to, int count)
    {
        if (count == 1)
        {
            keys[to] = fromKeys[from];
            if (hasValues)
            {
                values[to] = fromValues[from];
            }
            return;
        }
        fromKeys.AsSpan(from, count).CopyTo(keys[to..]);
        if (hasValues)
        {
            fromValues.AsSpan(from, count).CopyTo(values[to..]);
        }
    }

    // How many leading items of the sorted run are not greater than key: exponential probes, then a binary search.
    private static int CountNotGreater(ReadOnlySpan<object> run, object key, Func<object, object, bool> less)
    {
        int known = 0, bound = run.Length;
        for (var step = 1; step <= run.Length; step *= 2)
        {
            if (less(key, run[step - 1]))
            {
                bound = step - 1;
                break;
            }
            known = step;
        }
        while (known < bound)
        {
            var m = (known + bound) >>> 1;
            if (less(key, run[m]))
            {
                bound = m;
            }
            else
            {
                known = m + 1;
            }
        }
        return known;
    }

    // How many leading items of the sorted run are less than key.
    private static int CountLess(ReadOnlySpan<object> run, object key, Func<object, object, bool> less)
    {
        int known = 0, bound = run.Length;
        for (var step = 1; step <= run.Length; step *= 2)
        {
            if (!less(run[step - 1], key))
            {
                bound = step - 1;
                break;
            }
            known = step;
        }
        while (known < bound)
        {
            var m = (known + bound) >>> 1;
            if (less(run[m], key))
            {
                known = m + 1;
            }
            else
            {
                bound = m;
            }
        }
        return known;
    }
}
