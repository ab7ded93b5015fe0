namespace IronUwsgi.Erlang.Handshake;

/// <summary>Finds the cookie as Erlang does: an explicit value, else the user's <c>.erlang.cookie</c>.</summary>
public static class ErlangCookie
{
    /// <summary>Returns <paramref name="explicitCookie"/> when given, else the trimmed content of ~/.erlang.cookie (HOME on Unix, USERPROFILE on Windows).</summary>
    public static string Resolve(string? explicitCookie)
        => Resolve(explicitCookie, Environment.GetEnvironmentVariable(OperatingSystem.IsWindows() ? "USERPROFILE" : "HOME"));

    internal static string Resolve(string? explicitCookie, string? home)
    {
        if (!string.IsNullOrEmpty(explicitCookie))
            return explicitCookie;
        if (string.IsNullOrEmpty(home))
            throw new InvalidOperationException("no Erlang cookie given and the home directory is unknown (HOME/USERPROFILE is not set)");
        string path = Path.Combine(home, ".erlang.cookie");
        if (!File.Exists(path))
            throw new InvalidOperationException($"no Erlang cookie given and {path} does not exist");
        string cookie = File.ReadAllText(path).Trim();
        if (cookie.Length == 0)
            throw new InvalidOperationException($"the Erlang cookie file {path} is empty");
        return cookie;
    }
}
