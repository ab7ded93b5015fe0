using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Modules.Processes;

/// <summary><c>_subprocess</c>: starting child processes, what Lib/subprocess.py builds Popen and run on.</summary>
internal static class SubprocessModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        d["spawn"] = new PyBuiltinFunction("spawn", null, ["args", "cwd", "env", "stdin", "stdout", "stderr"], 6, a => ChildProcess.Spawn(engine, a));
        d["PIPE"] = Py.Int(ChildProcess.Pipe);
        d["STDOUT"] = Py.Int(ChildProcess.Stdout);
        d["DEVNULL"] = Py.Int(ChildProcess.DevNull);
    }
}
