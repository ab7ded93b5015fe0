using IronUwsgi.Python.Modules;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>
/// The interactive prompt, like <c>python3 -i</c>: a banner and the <c>&gt;&gt;&gt; </c> and <c>... </c>
/// prompts on the console writer, each complete statement compiled in 'single' mode (so expression
/// values go through sys.displayhook and <c>_</c>), tracebacks printed without ending the session.
/// </summary>
public static class InteractiveShell
{
    private static readonly string[] CompoundKeywords = ["if", "for", "while", "def", "class", "with", "try", "async"];

    // Parser messages that mean "the statement goes on in the next line".
    private static readonly string[] Unfinished = ["was never closed", "unterminated triple-quoted string", "unexpected EOF while parsing"];

    /// <summary>
    /// Reads statements from <paramref name="input"/> until end of input or SystemExit; returns the exit
    /// status (0 at end of input). Prompts and the banner go to <paramref name="console"/>. The atexit
    /// handlers run when the session ends.
    /// </summary>
    public static int Run(PythonEngine engine, TextReader input, TextWriter console)
    {
        return engine.Run(() =>
        {
            var status = Session(engine, input, console);
            engine.RunExitHandlers();
            engine.Sys.Stdout.Writer?.Flush();
            return status;
        });
    }

    private static int Session(PythonEngine engine, TextReader input, TextWriter console)
    {
        var sys = engine.SysModule.Dict!;
        sys["argv"] = new PyList([""]);
        sys["ps1"] = ">>> ";
        sys["ps2"] = "... ";
        engine.Sys.PathList.Insert(0, "");
        var main = new PyModule("__main__");
        main.Dict!["__builtins__"] = engine.BuiltinsModule;
        engine.Modules["__main__"] = main;
        console.Write($"Python {Ops.Str(sys["version"])}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        var lines = new List<string>();
        while (true)
        {
            engine.Sys.Stdout.Writer?.Flush();
            console.Write(Ops.Str(sys[lines.Count == 0 ? "ps1" : "ps2"]));
            console.Flush();
            var line = input.ReadLine();
            if (line is null)
            {
                console.Write("\n");
                console.Flush();
                return 0;
            }
            lines.Add(line);
            if (!IsComplete(engine, lines))
            {
                continue;
            }
            var source = string.Join("\n", lines) + "\n";
            lines.Clear();
            if (string.IsNullOrWhiteSpace(source) || source.TrimStart().StartsWith('#'))
            {
                continue;
            }
            if (RunStatement(engine, source, main.Dict) is int status)
            {
                return status;
            }
        }
    }

    /// <summary>Runs one statement; a status when it raised SystemExit, otherwise null (errors are printed).</summary>
    private static int? RunStatement(PythonEngine engine, string source, PyDict globals)
    {
        try
        {
            engine.Exec(DynamicCode.CompileUnit(engine, source, "<stdin>", "single"), globals);
            return null;
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.SystemExit))
        {
            return ScriptRunner.ExitStatus(engine, e.Value);
        }
        catch (Exception e)
        {
            var exc = Compiling.Runtime.CompiledOps.ToPython(e).Value;
            engine.Sys.Stdout.Writer?.Flush();
            engine.Sys.Stderr.Write(TracebackPrinter.Format(exc));
            return null;
        }
        finally
        {
            engine.Sys.Stdout.Writer?.Flush();
        }
    }

    /// <summary>
    /// True when the lines read so far make a statement to run: a compound statement ends with an
    /// empty line; anything else ends unless the parser stopped at an open bracket, string or
    /// line continuation.
    /// </summary>
    private static bool IsComplete(PythonEngine engine, List<string> lines)
    {
        var first = lines[0].Trim();
        if (first.Length == 0 || first.StartsWith('#'))
        {
            return lines.Count == 1;
        }
        if (OpensBlock(first))
        {
            return lines.Count > 1 && string.IsNullOrWhiteSpace(lines[^1]);
        }
        try
        {
            DynamicCode.Parse(string.Join("\n", lines) + "\n", "<stdin>", "single");
            return true;
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.SyntaxError))
        {
            var message = e.Value.Args.Count > 0 ? Ops.Str(e.Value.Args[0]) : "";
            return !Unfinished.Any(message.Contains);
        }
    }

    private static bool OpensBlock(string line)
    {
        if (line.StartsWith('@'))
        {
            return true;
        }
        var word = new string(line.TakeWhile(char.IsLetter).ToArray());
        var code = line.Split('#')[0].TrimEnd();
        return CompoundKeywords.Contains(word) || (code.EndsWith(':') && word is "match" or "else" or "elif" or "except" or "finally");
    }
}
