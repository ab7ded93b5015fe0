using System.Collections.Frozen;

namespace IronUwsgi.Python.Builtins;

/// <summary>
/// CPython 3.11's <c>__text_signature__</c> of the builtins that have one, so inspect.signature gives the
/// same answers; the other builtins (int, str, dict, range, min, max, getattr, iter, next, ...) have none there either.
/// </summary>
internal static class TextSignatures
{
    /// <summary>The functions of the builtins module.</summary>
    public static readonly FrozenDictionary<string, string> Functions = new Dictionary<string, string>
    {
        ["__import__"] = "($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)",
        ["abs"] = "($module, x, /)",
        ["all"] = "($module, iterable, /)",
        ["any"] = "($module, iterable, /)",
        ["ascii"] = "($module, obj, /)",
        ["bin"] = "($module, number, /)",
        ["callable"] = "($module, obj, /)",
        ["chr"] = "($module, i, /)",
        ["compile"] = "($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)",
        ["delattr"] = "($module, obj, name, /)",
        ["divmod"] = "($module, x, y, /)",
        ["eval"] = "($module, source, globals=None, locals=None, /)",
        ["exec"] = "($module, source, globals=None, locals=None, /, *, closure=None)",
        ["format"] = "($module, value, format_spec='', /)",
        ["globals"] = "($module, /)",
        ["hasattr"] = "($module, obj, name, /)",
        ["hash"] = "($module, obj, /)",
        ["hex"] = "($module, number, /)",
        ["id"] = "($module, obj, /)",
        ["input"] = "($module, prompt='', /)",
        ["isinstance"] = "($module, obj, class_or_tuple, /)",
        ["issubclass"] = "($module, cls, class_or_tuple, /)",
        ["len"] = "($module, obj, /)",
        ["locals"] = "($module, /)",
        ["oct"] = "($module, number, /)",
        ["open"] = "($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)",
        ["ord"] = "($module, c, /)",
        ["pow"] = "($module, /, base, exp, mod=None)",
        ["print"] = "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)",
        ["repr"] = "($module, obj, /)",
        ["round"] = "($module, /, number, ndigits=None)",
        ["setattr"] = "($module, obj, name, value, /)",
        ["sorted"] = "($module, iterable, /, *, key=None, reverse=False)",
        ["sum"] = "($module, iterable, /, start=0)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The builtin types, by name.</summary>
    public static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["complex"] = "(real=0, imag=0)",
        ["enumerate"] = "(iterable, start=0)",
        ["float"] = "(x=0, /)",
        ["list"] = "(iterable=(), /)",
        ["memoryview"] = "(object)",
        ["object"] = "()",
        ["property"] = "(fget=None, fset=None, fdel=None, doc=None)",
        ["reversed"] = "(sequence, /)",
        ["tuple"] = "(iterable=(), /)",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
