namespace IronUwsgi.Python.Modules.Re;

/// <summary>
/// The one place where positions cross between Python and .NET. Python positions index str as
/// the engine's str does; .NET's Regex indexes UTF-16 code units. While the engine's str indexes
/// UTF-16 code units too, both are the same number; when str counts a character outside the BMP
/// as one, these two conversions are what changes.
/// </summary>
internal static class TextIndex
{
    public static int ToClr(string text, int pythonIndex) => Math.Clamp(pythonIndex, 0, text.Length);

    public static int ToPython(string text, int clrIndex) => clrIndex;

    public static int PythonLength(string text) => text.Length;
}
