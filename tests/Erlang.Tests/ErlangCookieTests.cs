using IronUwsgi.Erlang.Handshake;

namespace IronUwsgi.Erlang.Tests;

public sealed class ErlangCookieTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("ironuwsgi-home-").FullName;

    [Fact]
    public void ExplicitCookieWins()
    {
        File.WriteAllText(Path.Combine(_home, ".erlang.cookie"), "FROMFILE");
        Assert.Equal("given", ErlangCookie.Resolve("given", _home));
    }

    [Fact]
    public void CookieFileInTheHomeDirectoryIsReadAndTrimmed()
    {
        File.WriteAllText(Path.Combine(_home, ".erlang.cookie"), "SECRETCOOKIE\n");
        Assert.Equal("SECRETCOOKIE", ErlangCookie.Resolve(null, _home));
    }

    [Fact]
    public void MissingCookieFileIsAnErrorNamingThePath()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ErlangCookie.Resolve(null, _home));
        Assert.Contains(Path.Combine(_home, ".erlang.cookie"), error.Message);
    }

    [Fact]
    public void EmptyCookieFileIsAnError()
    {
        File.WriteAllText(Path.Combine(_home, ".erlang.cookie"), "  \n");
        var error = Assert.Throws<InvalidOperationException>(() => ErlangCookie.Resolve("", _home));
        Assert.Contains("empty", error.Message);
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);
}
