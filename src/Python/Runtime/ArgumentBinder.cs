using System.Text;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Runtime;

/// <summary>Binds call arguments to a function's parameters, with CPython's error messages.</summary>
internal static class ArgumentBinder
{
    /// <summary>
    /// Builds the argument array for <paramref name="f"/>: <paramref name="self"/> (when not null)
    /// is the first positional argument, then <paramref name="args"/> whose last kwnames.Length
    /// entries are keyword values.
    /// </summary>
    public static object[] Bind(PyFunction f, object? self, object[] args, string[]? kwnames)
    {
        var code = f.Code;
        var kwCount = kwnames?.Length ?? 0;
        var shift = self is null ? 0 : 1;
        var given = args.Length - kwCount + shift;
        var frame = new object[code.FrameSize];
        var argCount = code.ArgCount;
        var n = Math.Min(given, argCount);
        if (shift == 1 && n > 0)
        {
            frame[0] = self!;
        }
        for (var i = shift; i < n; i++)
        {
            frame[i] = args[i - shift];
        }
        if (code.HasVarArgs)
        {
            if (given > argCount)
            {
                var extra = new object[given - argCount];
                for (var i = 0; i < extra.Length; i++)
                {
                    var src = argCount + i - shift;
                    extra[i] = src < 0 ? self! : args[src];
                }
                frame[code.VarArgsIndex] = new PyTuple(extra);
            }
            else
            {
                frame[code.VarArgsIndex] = Py.EmptyTuple;
            }
        }
        PyDict? varKw = null;
        if (code.HasVarKeywords)
        {
            varKw = new PyDict();
            frame[code.VarKeywordsIndex] = varKw;
        }
        List<string>? posOnlyPassed = null;
        for (var k = 0; k < kwCount; k++)
        {
            var name = kwnames![k];
            var value = args[args.Length - kwCount + k];
            var j = FindParameter(code, name);
            if (j < 0)
            {
                if (varKw is not null)
                {
                    if (varKw.ContainsKey(name))
                    {
                        throw Ops.TypeError($"{f.QualName}() got multiple values for keyword argument '{name}'");
                    }
                    varKw[name] = value;
                    continue;
                }
                if (IsPositionalOnly(code, name))
                {
                    (posOnlyPassed ??= new List<string>()).Add(name);
                    continue;
                }
                throw Ops.TypeError($"{f.QualName}() got an unexpected keyword argument '{name}'");
            }
            if (frame[j] is not null)
            {
                throw Ops.TypeError($"{f.QualName}() got multiple values for argument '{name}'");
            }
            frame[j] = value;
        }
        if (posOnlyPassed is not null)
        {
            throw Ops.TypeError($"{f.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyPassed)}'");
        }
        if (given > argCount && !code.HasVarArgs)
        {
            throw TooManyPositional(f, given, frame);
        }
        if (given < argCount)
        {
            FillDefaults(f, given, frame);
        }
        if (code.KwOnlyArgCount > 0)
        {
            FillKwDefaults(f, frame);
        }
        return frame;
    }

    private static int FindParameter(PyCode code, string name)
    {
        var names = code.VarNames;
        var end = code.ArgCount + code.KwOnlyArgCount;
        for (var i = code.PosOnlyArgCount; i < end; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsPositionalOnly(PyCode code, string name)
    {
        for (var i = 0; i < code.PosOnlyArgCount; i++)
        {
            if (string.Equals(code.VarNames[i], name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static void FillDefaults(PyFunction f, int given, object[] frame)
    {
        var code = f.Code;
        var defaults = f.Defaults?.Items ?? Array.Empty<object>();
        var firstDefault = code.ArgCount - defaults.Length;
        List<string>? missing = null;
        for (var i = given; i < code.ArgCount; i++)
        {
            if (frame[i] is not null)
            {
                continue;
            }
            if (i >= firstDefault)
            {
                frame[i] = defaults[i - firstDefault];
            }
            else
            {
                (missing ??= new List<string>()).Add(code.VarNames[i]);
            }
        }
        if (missing is not null)
        {
            throw Missing(f, missing, "positional");
        }
    }

    private static void FillKwDefaults(PyFunction f, object[] frame)
    {
        var code = f.Code;
        List<string>? missing = null;
        for (var i = code.ArgCount; i < code.ArgCount + code.KwOnlyArgCount; i++)
        {
            if (frame[i] is not null)
            {
                continue;
            }
            if (f.KwDefaults is { } kd && kd.TryGetValue(code.VarNames[i], out var v))
            {
                frame[i] = v;
            }
            else
            {
                (missing ??= new List<string>()).Add(code.VarNames[i]);
            }
        }
        if (missing is not null)
        {
            throw Missing(f, missing, "keyword-only");
        }
    }

    private static PythonException Missing(PyFunction f, List<string> names, string kind)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(names.Count == 2 ? " and " : i == names.Count - 1 ? ", and " : ", ");
            }
            sb.Append('\'').Append(names[i]).Append('\'');
        }
        var plural = names.Count == 1 ? "argument" : "arguments";
        return Ops.TypeError($"{f.QualName}() missing {names.Count} required {kind} {plural}: {sb}");
    }

    private static PythonException TooManyPositional(PyFunction f, int given, object[] frame)
    {
        var code = f.Code;
        var defaults = f.Defaults?.Count ?? 0;
        var kwGiven = 0;
        for (var i = code.ArgCount; i < code.ArgCount + code.KwOnlyArgCount; i++)
        {
            if (frame[i] is not null)
            {
                kwGiven++;
            }
        }
        var takes = defaults > 0
            ? $"from {code.ArgCount - defaults} to {code.ArgCount} positional arguments"
            : $"{code.ArgCount} positional argument{(code.ArgCount == 1 ? "" : "s")}";
        var kwPart = kwGiven > 0 ? $" positional argument{(given == 1 ? "" : "s")} (and {kwGiven} keyword-only argument{(kwGiven == 1 ? "" : "s")})" : "";
        var verb = given == 1 && kwGiven == 0 ? "was" : "were";
        return Ops.TypeError($"{f.QualName}() takes {takes} but {given}{kwPart} {verb} given");
    }
}
