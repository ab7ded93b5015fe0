using System.Net;

namespace IronUwsgi.Integration.Tests.Support;

/// <summary>The built ironuwsgi serving a Python app on a loopback uwsgi socket and a loopback HTTP socket.</summary>
internal sealed class PythonServer : IDisposable
{
    private PythonServer(RunningServer process, int uwsgiPort, int httpPort)
    {
        Process = process;
        Uwsgi = new IPEndPoint(IPAddress.Loopback, uwsgiPort);
        Http = new IPEndPoint(IPAddress.Loopback, httpPort);
    }

    public RunningServer Process { get; }

    public IPEndPoint Uwsgi { get; }

    public IPEndPoint Http { get; }

    public static PythonServer Start(string wsgiFile, params string[] options)
    {
        var process = RunningServer.Start(["--socket", "127.0.0.1:0", "--http-socket", "127.0.0.1:0", "--wsgi-file", wsgiFile, .. options]);
        int uwsgi = Port(process.WaitForLine(l => l.StartsWith("uwsgi socket 0 bound to TCP address ", StringComparison.Ordinal)));
        int http = Port(process.WaitForLine(l => l.StartsWith("uwsgi socket 1 bound to TCP address ", StringComparison.Ordinal)));
        process.WaitForLine(l => l.StartsWith("spawned uWSGI worker", StringComparison.Ordinal));
        return new PythonServer(process, uwsgi, http);
    }

    public void Dispose() => Process.Dispose();

    private static int Port(string boundLine) => int.Parse(boundLine.Split(' ')[7].Split(':')[1]);
}
