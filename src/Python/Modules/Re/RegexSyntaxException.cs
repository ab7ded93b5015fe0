namespace IronUwsgi.Python.Modules.Re;

/// <summary>A pattern Python rejects: CPython's message and the code point position it reports.</summary>
internal sealed class RegexSyntaxException(string message, int? position) : Exception(message)
{
    public int? Position { get; } = position;
}
