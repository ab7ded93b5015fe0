using System.Diagnostics;
using System.Net.Sockets;

namespace IronUwsgi.Erlang.Tests.Fixtures;

/// <summary>A private epmd on a free loopback port, so tests never share EPMD with anything else.</summary>
internal sealed class EpmdDaemon : IDisposable
{
    private readonly Process _process;

    private EpmdDaemon(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static EpmdDaemon Start()
    {
        int port = FreePort.Next();
        var info = new ProcessStartInfo("epmd", $"-port {port} -address 127.0.0.1")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start epmd");
        for (int attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect("127.0.0.1", port);
                return new EpmdDaemon(process, port);
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        process.Kill();
        throw new InvalidOperationException($"epmd did not start listening on port {port}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
