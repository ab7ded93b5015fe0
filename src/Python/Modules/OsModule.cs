using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// <c>_os</c>: the operating-system calls the Python <c>os</c> module (src/Python/Lib/os.py) builds on,
/// over System.IO and System.Environment so they work the same on Linux and Windows.
/// </summary>
internal static class OsModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var environ = new PyDict();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            environ[(string)e.Key] = (string)(e.Value ?? "");
        }

        d["environ"] = environ;
        d["name"] = OperatingSystem.IsWindows() ? "nt" : "posix";
        d["getcwd"] = new PyBuiltinFunction("getcwd", null, () => Directory.GetCurrentDirectory());
        d["chdir"] = new PyBuiltinFunction("chdir", null, p => Io(() => Directory.SetCurrentDirectory(Path(p)), p));
        d["getpid"] = new PyBuiltinFunction("getpid", null, () => Py.Int(Environment.ProcessId));
        d["cpu_count"] = new PyBuiltinFunction("cpu_count", null, () => Py.Int(Environment.ProcessorCount));
        d["listdir"] = new PyBuiltinFunction("listdir", null, 0, 1, a =>
        {
            var dir = a.Length == 0 ? "." : Path(a[0]);
            return Io(() => new PyList(Directory.EnumerateFileSystemEntries(dir).Select(e => (object)System.IO.Path.GetFileName(e)).ToArray()), dir);
        });
        d["mkdir"] = new PyBuiltinFunction("mkdir", null, 1, 2, a =>
        {
            var p = Path(a[0]);
            return File.Exists(p) || Directory.Exists(p) ? throw OsError(17, "File exists", p) : Io(() => Directory.CreateDirectory(p), p);
        });
        d["makedirs"] = new PyBuiltinFunction("_makedirs", null, p => Io(() => Directory.CreateDirectory(Path(p)), p));
        d["rmdir"] = new PyBuiltinFunction("rmdir", null, p => Io(() => Directory.Delete(Path(p)), p));
        d["remove"] = d["unlink"] = new PyBuiltinFunction("remove", null, p =>
            File.Exists(Path(p)) ? Io(() => File.Delete(Path(p)), p) : throw OsError(2, "No such file or directory", Path(p)));
        d["rename"] = d["replace"] = new PyBuiltinFunction("rename", null, (object a, object b) => Io(() => File.Move(Path(a), Path(b), true), a));
        d["exists"] = new PyBuiltinFunction("exists", null, p => Py.Bool(File.Exists(Path(p)) || Directory.Exists(Path(p))));
        d["isfile"] = new PyBuiltinFunction("isfile", null, p => Py.Bool(File.Exists(Path(p))));
        d["isdir"] = new PyBuiltinFunction("isdir", null, p => Py.Bool(Directory.Exists(Path(p))));
        d["getsize"] = new PyBuiltinFunction("getsize", null, p => Io(() => new FileInfo(Path(p)).Length, p));
        d["getmtime"] = new PyBuiltinFunction("getmtime", null, p => Io(() => (File.GetLastWriteTimeUtc(Path(p)) - DateTime.UnixEpoch).TotalSeconds, p));
        d["strerror"] = new PyBuiltinFunction("strerror", null, code => $"error {Ops.IndexAsLong(code)}");
        d["urandom"] = new PyBuiltinFunction("urandom", null, n => new PyBytes(System.Security.Cryptography.RandomNumberGenerator.GetBytes((int)Ops.IndexAsLong(n))));
        d["putenv"] = new PyBuiltinFunction("putenv", null, (object k, object v) =>
        {
            Environment.SetEnvironmentVariable(Path(k), Path(v));
            return Py.None;
        });
        d["unsetenv"] = new PyBuiltinFunction("unsetenv", null, k =>
        {
            Environment.SetEnvironmentVariable(Path(k), null);
            return Py.None;
        });
    }

    private static string Path(object p) => p as string ?? (p is PyBytes b ? System.Text.Encoding.UTF8.GetString(b.Value) : throw Ops.TypeError($"expected str, bytes or os.PathLike object, not {Ops.TypeName(p)}"));

    private static object Io(Action action, object path)
    {
        Io(() =>
        {
            action();
            return Py.None;
        }, path);
        return Py.None;
    }

    private static object Io<T>(Func<T> action, object path)
        where T : notnull
    {
        try
        {
            var result = action();
            return result switch
            {
                long l => Py.Int(l),
                double or string or PyObject => result,
                _ => Py.None,
            };
        }
        catch (FileNotFoundException)
        {
            throw OsError(2, "No such file or directory", path);
        }
        catch (DirectoryNotFoundException)
        {
            throw OsError(2, "No such file or directory", path);
        }
        catch (UnauthorizedAccessException)
        {
            throw OsError(13, "Permission denied", path);
        }
        catch (IOException e)
        {
            throw OsError(5, e.Message, path);
        }
    }

    /// <summary>OSError (or its errno subclass) with errno, strerror and filename, as CPython raises.</summary>
    public static PythonException OsError(int errno, string message, object path)
    {
        var type = errno switch
        {
            2 => PyExc.FileNotFoundError,
            13 => PyExc.PermissionError,
            17 => PyExc.FileExistsError,
            _ => PyExc.OSError,
        };
        var e = new PyBaseException(type, new PyTuple([Py.Int(errno), message, path]));
        var dict = e.Dict = new PyDict();
        dict["errno"] = Py.Int(errno);
        dict["strerror"] = message;
        dict["filename"] = path;
        return e.ToClr();
    }
}
