namespace IronUwsgi.Python.Runtime;

/// <summary>Private names (__x) used inside a class are stored as _Class__x, in code and in __slots__ alike.</summary>
internal static class PrivateNames
{
    public static bool IsPrivate(string name) =>
        name.StartsWith("__", StringComparison.Ordinal) && !name.EndsWith("__", StringComparison.Ordinal) && !name.Contains('.');

    public static string Mangle(string className, string name)
    {
        if (!IsPrivate(name))
        {
            return name;
        }
        var cls = className.TrimStart('_');
        return cls.Length == 0 ? name : "_" + cls + name;
    }
}
