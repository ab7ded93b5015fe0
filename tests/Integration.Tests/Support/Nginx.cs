using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IronUwsgi.Integration.Tests.Support;

/// <summary>
/// A real nginx in the foreground with a temporary prefix (config, pid, logs, temp paths) that
/// passes every request to a uwsgi socket with the stock uwsgi_params; stopped on dispose.
/// </summary>
internal sealed class Nginx : IDisposable
{
    private const string Binary = "/usr/sbin/nginx";
    private const string StockParams = "/etc/nginx/uwsgi_params";
    private readonly Process _process;
    private readonly string _prefix;

    private Nginx(Process process, string prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public string ErrorLog => File.Exists(Path.Combine(_prefix, "error.log")) ? File.ReadAllText(Path.Combine(_prefix, "error.log")) : "";

    public static Nginx Start(IPEndPoint uwsgi)
    {
        var prefix = Directory.CreateTempSubdirectory("ironuwsgi-nginx-").FullName;
        // Workers may run as another user; they write request bodies to the temp paths.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(prefix, (UnixFileMode)0x1FF);
        int port = FreePort();
        var config = $$"""
            daemon off;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                client_max_body_size 64m;
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        {{Params()}}
                        uwsgi_pass 127.0.0.1:{{uwsgi.Port}};
                    }
                }
            }
            """;
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), config);
        var start = new ProcessStartInfo(Binary) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf"), "-e", Path.Combine(prefix, "error.log") })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var nginx = new Nginx(process, prefix, port);
        nginx.WaitForPort();
        return nginx;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10000);
        }
        _process.Dispose();
        Directory.Delete(_prefix, recursive: true);
    }

    private static string Params() =>
        File.Exists(StockParams)
            ? $"include {StockParams};"
            : string.Join("\n", new[]
            {
                "QUERY_STRING $query_string", "REQUEST_METHOD $request_method", "CONTENT_TYPE $content_type",
                "CONTENT_LENGTH $content_length", "REQUEST_URI $request_uri", "PATH_INFO $document_uri",
                "DOCUMENT_ROOT $document_root", "SERVER_PROTOCOL $server_protocol", "REQUEST_SCHEME $scheme",
                "HTTPS $https if_not_empty", "REMOTE_ADDR $remote_addr", "REMOTE_PORT $remote_port",
                "SERVER_PORT $server_port", "SERVER_NAME $server_name",
            }.Select(p => $"uwsgi_param {p};"));

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private void WaitForPort()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"nginx exited: {_process.StandardError.ReadToEnd()} {ErrorLog}");
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new TimeoutException($"nginx did not listen on {Port}: {ErrorLog}");
    }
}
