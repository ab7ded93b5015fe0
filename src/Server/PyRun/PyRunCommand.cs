using IronUwsgi.Python.Engine;
using IronUwsgi.Server.Hosting;
using IronUwsgi.Server.Logging;
using IronUwsgi.Server.Options;

namespace IronUwsgi.Server.PyRun;

/// <summary>
/// <c>ironuwsgi [options] --pyrun FILE [args]</c>: runs a Python script like <c>python3 FILE args</c>,
/// with the uwsgi module; options before --pyrun such as <c>--erlang</c> start the Erlang node first.
/// <c>ironuwsgi [options] --pyshell</c> does the same for the interactive prompt.
/// </summary>
internal static class PyRunCommand
{
    public static async Task<int> RunAsync(string[] options, string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.Write("ironuwsgi: --pyrun needs a script file\n");
            return 2;
        }
        return await WithEngineAsync(options, engine => ScriptRunner.Run(engine, args[0], args[1..])).ConfigureAwait(false);
    }

    /// <summary><c>ironuwsgi [options] --pyshell</c>: the interactive prompt on stdin, prompts and banner on stderr.</summary>
    public static Task<int> ShellAsync(string[] options)
    {
        var console = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
        return WithEngineAsync(options, engine => InteractiveShell.Run(engine, Console.In, console));
    }

    // Parses the options, starts the uwsgi module (and the Erlang node when asked) around one engine.
    private static async Task<int> WithEngineAsync(string[] options, Func<PythonEngine, int> run)
    {
        ParsedOptions parsed;
        try
        {
            parsed = OptionLoader.Load(options, Environment.GetEnvironmentVariables());
        }
        catch (OptionException e)
        {
            Console.Error.Write($"ironuwsgi: {e.Message}\n");
            return 1;
        }
        var log = new ServerLog(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true });
        UwsgiModuleWiring uwsgi;
        try
        {
            // Waited for on the main thread, so the script never runs on a socket event-loop thread.
            uwsgi = UwsgiModuleWiring.CreateAsync(parsed, 1, TimeSpan.FromSeconds(parsed.Int("socket-timeout")), log.Write).GetAwaiter().GetResult();
        }
        catch (StartupException e)
        {
            log.Write(e.Message);
            return 1;
        }
        await using (uwsgi.ConfigureAwait(false))
        {
            var engine = new PythonEngine();
            uwsgi.PrepareScriptEngine(engine);
            uwsgi.StartScriptManager();
            return run(engine);
        }
    }
}
