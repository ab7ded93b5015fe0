using IronUwsgi.Python.Engine;

namespace IronUwsgi.Server.PyRun;

/// <summary><c>ironuwsgi --pyrun FILE [args]</c>: runs a Python script like <c>python3 FILE args</c>.</summary>
internal static class PyRunCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.Write("ironuwsgi: --pyrun needs a script file\n");
            return 2;
        }

        return ScriptRunner.Run(new PythonEngine(), args[0], args[1..]);
    }
}
