using System.Runtime.InteropServices;
using IronUwsgi.Runtime.Wsgi;
using IronUwsgi.Server.Hosting;
using IronUwsgi.Server.Logging;
using IronUwsgi.Server.Options;

namespace IronUwsgi.Server;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (Array.IndexOf(args, "--pyrun") is int pyrun and >= 0)
            return await PyRun.PyRunCommand.RunAsync(args[..pyrun], args[(pyrun + 1)..]).ConfigureAwait(false);
        if (Array.IndexOf(args, "--pyshell") is int pyshell and >= 0)
            return await PyRun.PyRunCommand.ShellAsync([.. args[..pyshell], .. args[(pyshell + 1)..]]).ConfigureAwait(false);
        if (args.Length == 0)
        {
            Console.Out.Write(OptionCatalog.HelpText());
            return 0;
        }
        ParsedOptions options;
        ServerSettings settings;
        try
        {
            options = OptionLoader.Load(args, Environment.GetEnvironmentVariables());
            if (options.Flag("help"))
            {
                Console.Out.Write(OptionCatalog.HelpText());
                return 0;
            }
            if (options.Flag("version"))
            {
                Console.Out.Write(ServerVersion.Text + "\n");
                return 0;
            }
            SocketTuning.Apply();
            settings = ServerSettings.From(options);
            if (settings.Sockets.Count == 0)
                throw new OptionException("The -s/--socket option is missing (give --socket or --http-socket)");
            Apply(settings);
        }
        catch (OptionException e)
        {
            Console.Error.Write($"ironuwsgi: {e.Message}\n");
            return 1;
        }

        var stderr = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
        var log = new ServerLog(stderr);
        // The uwsgi module and, with --erlang, the Erlang node (issue 7).
        UwsgiModuleWiring uwsgi;
        try
        {
            // Waited for on the main thread: an await would go on on the thread completing the last EPMD
            // read, with inline completions the socket event loop, which the workers' Erlang connects
            // at app load need free.
            uwsgi = UwsgiModuleWiring.CreateAsync(options, settings.Processes, settings.SocketTimeout, log.Write).GetAwaiter().GetResult();
        }
        catch (StartupException e)
        {
            log.Write(e.Message);
            return 1;
        }
        await using var erlang = uwsgi;
        var apps = new WsgiHandlerFactory(new WsgiOptions(settings.App, settings.PythonPath, ServerVersion.Text, System.Net.Dns.GetHostName()) { PrepareEngine = uwsgi.PrepareEngine });
        // Signals are caught before workers start, so a stop during start-up is still graceful.
        var signal = new TaskCompletionSource<PosixSignal>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var host = new ServerHost(settings, apps, log, uwsgi.ServesRequests);
        try
        {
            host.Start();
        }
        catch (StartupException e)
        {
            log.Write(e.Message);
            return 1;
        }
        uwsgi.StartErlangWorker(host.CountRequest, !settings.DisableLogging);

        var received = await signal.Task.ConfigureAwait(false);
        log.Write($"{received} received...gracefully stopping workers...");
        await host.DisposeAsync().ConfigureAwait(false);
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            signal.TrySetResult(context.Signal);
        }
    }

    /// <summary>Process-wide options: <c>--env</c> and <c>--chdir</c>, applied before sockets and apps.</summary>
    private static void Apply(ServerSettings settings)
    {
        foreach (var (key, value) in settings.Environment)
            Environment.SetEnvironmentVariable(key, value);
        if (settings.Chdir is string directory)
        {
            try
            {
                Directory.SetCurrentDirectory(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OptionException($"chdir(): {e.Message}");
            }
        }
    }
}
