namespace IronUwsgi.Runtime.Apps;

/// <summary>Where a WSGI callable comes from: <c>-w module[:callable]</c> or <c>--wsgi-file path</c>.</summary>
public sealed record AppSpec(string? Module, string? File, string Callable)
{
    public const string DefaultCallable = "application";

    /// <summary>Parses the value of <c>--module</c>: <c>pkg.mod</c> or <c>pkg.mod:callable</c>.</summary>
    public static AppSpec FromModule(string value, string? callable = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        int colon = value.IndexOf(':');
        string module = colon < 0 ? value : value[..colon];
        string? named = colon < 0 ? null : value[(colon + 1)..];
        if (module.Length == 0 || named is { Length: 0 })
            throw new FormatException($"invalid module '{value}': expected module or module:callable");
        return new AppSpec(module, null, named ?? callable ?? DefaultCallable);
    }

    /// <summary>An app loaded from a file, as <c>--wsgi-file</c> does.</summary>
    public static AppSpec FromFile(string path, string? callable = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new AppSpec(null, path, callable ?? DefaultCallable);
    }
}
