namespace IronUwsgi.Python.Hosting;

/// <summary>The Python language version this implementation follows.</summary>
public static class LanguageVersion
{
    public const int Major = 3;
    public const int Minor = 11;
    public const int Micro = 7;

    /// <summary>The text <c>sys.version</c> starts with, as CPython prints it.</summary>
    public static string Text => $"{Major}.{Minor}.{Micro}";

    /// <summary>True when source written for <paramref name="major"/>.<paramref name="minor"/> is accepted.</summary>
    public static bool Accepts(int major, int minor) => major == Major && minor <= Minor;
}
