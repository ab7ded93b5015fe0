using System.Text.RegularExpressions;

namespace IronUwsgi.Python.Modules.Re;

/// <summary>
/// A .NET Regex that starts interpreted (cheap to build) and is rebuilt compiled to IL once it
/// has been used often enough for the faster matching to repay the compilation.
/// </summary>
internal sealed class TieredRegex(string pattern)
{
    private const int UsesBeforeCompiling = 200;
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private Regex regex = new(pattern, Options);
    private int uses;

    public Regex Get()
    {
        if (uses <= UsesBeforeCompiling && ++uses > UsesBeforeCompiling)
        {
            regex = new Regex(pattern, Options | RegexOptions.Compiled);
        }

        return regex;
    }
}
