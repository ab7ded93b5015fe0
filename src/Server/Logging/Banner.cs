using System.Runtime.InteropServices;
using IronUwsgi.Server.Options;
using IronUwsgi.Server.Sockets;

namespace IronUwsgi.Server.Logging;

/// <summary>The start-up lines uWSGI users know, in uWSGI's order.</summary>
internal static class Banner
{
    public static void Head(ServerLog log, ServerSettings settings)
    {
        log.Write($"*** Starting ironuwsgi {ServerVersion.Text} ({IntPtr.Size * 8}bit) on [{ServerLog.CTime(DateTime.Now)}] ***");
        log.Write($"compiled with version: .NET {Environment.Version}");
        log.Write($"os: {RuntimeInformation.OSDescription}");
        log.Write($"nodename: {Environment.MachineName}");
        log.Write($"machine: {RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}");
        log.Write($"detected number of CPU cores: {Environment.ProcessorCount}");
        log.Write($"current working directory: {Environment.CurrentDirectory}");
        log.Write($"detected binary path: {Environment.ProcessPath}");
        if (!settings.Master)
            log.Write("*** WARNING: you are running uWSGI without its master process manager ***");
        log.Write($"your memory page size is {Environment.SystemPageSize} bytes");
    }

    public static void Socket(ServerLog log, int index, Listener listener)
    {
        string family = listener.Spec.Address.IsUnix ? "UNIX" : "TCP";
        log.Write($"uwsgi socket {index} bound to {family} address {listener.DisplayAddress} fd {listener.Fd}");
    }

    public static void Tail(ServerLog log, ServerSettings settings)
    {
        log.Write($"your server socket listen backlog is limited to {settings.Listen} connections");
        log.Write($"your mercy for graceful operations on workers is {(int)settings.Mercy.TotalSeconds} seconds");
        log.Write($"your request buffer size is {settings.BufferSize} bytes");
        log.Write($"*** Operational MODE: {Mode(settings)} ***");
    }

    public static string Mode(ServerSettings settings) => (settings.Processes > 1, settings.Threads > 1) switch
    {
        (false, false) => "single process",
        (true, false) => "preforking",
        (false, true) => "threaded",
        (true, true) => "preforking+threaded",
    };
}
