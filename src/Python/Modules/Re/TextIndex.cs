using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Modules.Re;

/// <summary>
/// The one place where positions cross between Python and .NET: Python positions count code points
/// (a surrogate pair is one character, as the engine's str counts), .NET's Regex counts UTF-16 units.
/// Texts without surrogates use the same numbers both ways.
/// </summary>
internal static class TextIndex
{
    public static int ToClr(string text, int pythonIndex) => CodePoints.ToOffset(text, Math.Clamp(pythonIndex, 0, PythonLength(text)));

    public static int ToPython(string text, int clrIndex) => CodePoints.ToIndex(text, clrIndex);

    public static int PythonLength(string text) => CodePoints.Length(text);
}
