using System.Net;
using System.Net.Sockets;
using IronUwsgi.Integration.Tests.Support;

namespace IronUwsgi.Integration.Tests;

public class CommandLineTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public void VersionPrintsOneVersionLine()
    {
        var (code, stdout, _) = ServerProcess.Run(Limit, "--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", stdout);
    }

    [Fact]
    public void HelpStartsWithUsage()
    {
        var (code, stdout, _) = ServerProcess.Run(Limit, "--help");
        Assert.Equal(0, code);
        Assert.StartsWith("Usage: ironuwsgi [options...]", stdout);
        Assert.Contains("--http-socket", stdout);
    }

    [Fact]
    public void UnknownOptionFailsNamingIt()
    {
        var (code, _, stderr) = ServerProcess.Run(Limit, "--no-such-option");
        Assert.Equal(1, code);
        Assert.Equal("ironuwsgi: unrecognized option '--no-such-option'\n", stderr);
    }

    [Fact]
    public void BadValueFailsWithOneLine()
    {
        var (code, _, stderr) = ServerProcess.Run(Limit, "--http-socket", ":0", "--processes", "zero");
        Assert.Equal(1, code);
        Assert.Equal("ironuwsgi: invalid value 'zero' for option 'processes' in the command line: expected an integer from 1 to 1024\n", stderr);
    }

    [Fact]
    public void MissingSocketFails()
    {
        var (code, _, stderr) = ServerProcess.Run(Limit, "--processes", "2");
        Assert.Equal(1, code);
        Assert.StartsWith("ironuwsgi: The -s/--socket option is missing", stderr);
    }

    [Fact]
    public void SocketInUseFailsWithBindError()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (code, _, stderr) = ServerProcess.Run(Limit, "--http-socket", $"127.0.0.1:{port}");
        Assert.Equal(1, code);
        Assert.Contains($"bind(): Address already in use [127.0.0.1:{port}]", stderr);
    }

    [Fact]
    public async Task ServesWithoutAppInDynamicModeAndStopsOnSigterm()
    {
        using var server = RunningServer.Start("--http-socket", "127.0.0.1:0", "-p", "2", "--master");
        var address = server.WaitForLine(l => l.StartsWith("uwsgi socket 0 bound to TCP address ", StringComparison.Ordinal));
        server.WaitForLine(l => l == "*** no app loaded. going in full dynamic mode ***");
        int port = int.Parse(address.Split(' ')[7].Split(':')[1]);
        using var client = new HttpClient();
        var response = await client.GetAsync($"http://127.0.0.1:{port}/");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Internal Server Error", await response.Content.ReadAsStringAsync());
        server.WaitForLine(l => l == "--- no python application found, check your startup logs for errors ---");
        Assert.Equal(0, server.Terminate());
        server.WaitForLine(l => l == "goodbye to uWSGI.");
    }
}
