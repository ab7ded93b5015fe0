using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>
/// The "Did you mean" hint CPython 3.11 adds to a printed AttributeError or NameError: the closest
/// known name by a Levenshtein distance where a case change costs less than other edits.
/// </summary>
internal static class Suggestions
{
    private const int MaxCandidates = 750;
    private const int MaxLength = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>The suggested name for <paramref name="exc"/>, or null when there is none.</summary>
    public static string? For(PyBaseException exc)
    {
        try
        {
            if (exc.Type.IsSubtypeOf(PyExc.AttributeError))
            {
                return Ops.TryGetAttr(exc, "name", out var n) && n is string name && Ops.TryGetAttr(exc, "obj", out var obj) && obj is not PyNone
                    ? Closest(Dir(obj), name)
                    : null;
            }
            if (exc.Type.IsSubtypeOf(PyExc.NameError) && Ops.TryGetAttr(exc, "name", out var v) && v is string missing && exc.Traceback is PyTraceback tb)
            {
                while (tb.Next is { } next)
                {
                    tb = next;
                }
                return Closest(tb.Code.VarNames.ToList(), missing)
                    ?? Closest(Names(tb.Globals), missing)
                    ?? (tb.Globals.TryGetValue("__builtins__", out var b) ? Closest(Names(b is PyDict d ? d : Ops.GetAttr(b, "__dict__")), missing) : null);
            }
        }
        catch (PythonException)
        {
            // Like CPython: a failing dir() only means no hint.
        }
        return null;
    }

    // dir(obj): the type's __dir__ (a class's dir lists its attributes, not those of its instances), sorted.
    private static List<string> Dir(object obj)
    {
        var names = Names(Ops.Call(Ops.GetAttr(Py.TypeOf(obj), "__dir__"), obj));
        names.Sort(string.CompareOrdinal);
        return names;
    }

    private static List<string> Names(object iterable) => Ops.ToArray(iterable).OfType<string>().ToList();

    private static string? Closest(List<string> candidates, string name)
    {
        if (candidates.Count >= MaxCandidates)
        {
            return null;
        }
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var item in candidates)
        {
            if (item == name)
            {
                continue;
            }
            // No more than a third of the characters involved may change, and only better matches count.
            var max = Math.Min((name.Length + item.Length + 3) * MoveCost / 6, bestDistance - 1);
            var distance = Distance(name, item, max);
            if (distance <= max && (best is null || distance < bestDistance))
            {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int Distance(string a, string b, int maxCost)
    {
        var x = a.AsSpan();
        var y = b.AsSpan();
        while (x.Length > 0 && y.Length > 0 && x[0] == y[0])
        {
            x = x[1..];
            y = y[1..];
        }
        while (x.Length > 0 && y.Length > 0 && x[^1] == y[^1])
        {
            x = x[..^1];
            y = y[..^1];
        }
        if (x.Length == 0 || y.Length == 0)
        {
            return (x.Length + y.Length) * MoveCost;
        }
        if (x.Length > MaxLength || y.Length > MaxLength)
        {
            return maxCost + 1;
        }
        if (y.Length < x.Length)
        {
            var swap = x;
            x = y;
            y = swap;
        }
        if ((y.Length - x.Length) * MoveCost > maxCost)
        {
            return maxCost + 1;
        }

        // One row of the edit matrix, updated in place.
        Span<int> row = stackalloc int[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            row[i] = (i + 1) * MoveCost;
        }
        var result = 0;
        for (var j = 0; j < y.Length; j++)
        {
            var distance = result = j * MoveCost;
            var minimum = int.MaxValue;
            for (var i = 0; i < x.Length; i++)
            {
                var substitute = distance + SubstitutionCost(y[j], x[i]);
                distance = row[i];
                result = Math.Min(Math.Min(result, distance) + MoveCost, substitute);
                row[i] = result;
                minimum = Math.Min(minimum, result);
            }
            if (minimum > maxCost)
            {
                return maxCost + 1;
            }
        }
        return result;
    }

    private static int SubstitutionCost(char a, char b)
    {
        if ((a & 31) != (b & 31))
        {
            return MoveCost;
        }
        if (a == b)
        {
            return 0;
        }
        return char.ToLowerInvariant(a) == char.ToLowerInvariant(b) && a < 128 && b < 128 ? CaseCost : MoveCost;
    }
}
