using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Modules.Os;
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
            return File.Exists(p) || Directory.Exists(p) ? throw OsError(17, a[0])
                : !Directory.Exists(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(p))) ? throw OsError(2, a[0])
                : Io(() => Directory.CreateDirectory(p), a[0]);
        });
        d["makedirs"] = new PyBuiltinFunction("_makedirs", null, p => Io(() => Directory.CreateDirectory(Path(p)), p));
        d["rmdir"] = new PyBuiltinFunction("rmdir", null, p =>
        {
            var dir = Path(p);
            return File.Exists(dir) ? throw OsError(20, p)
                : Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any() ? throw OsError(39, p)
                : Io(() => Directory.Delete(dir), p);
        });
        d["remove"] = d["unlink"] = new PyBuiltinFunction("remove", null, p =>
            File.Exists(Path(p)) ? Io(() => File.Delete(Path(p)), p) : throw OsError(Directory.Exists(Path(p)) ? 21 : 2, p));
        d["rename"] = d["replace"] = new PyBuiltinFunction("rename", null, (object a, object b) => Io(() => File.Move(Path(a), Path(b), true), a));
        d["exists"] = new PyBuiltinFunction("exists", null, p => Py.Bool(File.Exists(Path(p)) || Directory.Exists(Path(p))));
        d["isfile"] = new PyBuiltinFunction("isfile", null, p => Py.Bool(File.Exists(Path(p))));
        d["isdir"] = new PyBuiltinFunction("isdir", null, p => Py.Bool(Directory.Exists(Path(p))));
        d["getsize"] = new PyBuiltinFunction("getsize", null, p => Io(() => new FileInfo(Path(p)).Length, p));
        d["getmtime"] = new PyBuiltinFunction("getmtime", null, p => Io(() => (File.GetLastWriteTimeUtc(Path(p)) - DateTime.UnixEpoch).TotalSeconds, p));
        d["utime"] = new PyBuiltinFunction("utime", null, (object p, object atime, object mtime) => Io(() =>
        {
            File.SetLastAccessTimeUtc(Path(p), DateTime.UnixEpoch.AddSeconds(Ops.ToFloat(atime)));
            File.SetLastWriteTimeUtc(Path(p), DateTime.UnixEpoch.AddSeconds(Ops.ToFloat(mtime)));
        }, p));
        d["strerror"] = new PyBuiltinFunction("strerror", null, code => ErrnoModule.Message(Ops.IndexAsLong(code)));
        d["stat"] = new PyBuiltinFunction("stat", null, p => p is string or PyBytes ? StatCall.OfPath(Path(p), p, follow: true) : engine.Descriptors.Stat(DescriptorFunctions.Int(p)));
        d["lstat"] = new PyBuiltinFunction("lstat", null, p => StatCall.OfPath(Path(p), p, follow: false));
        d["islink"] = new PyBuiltinFunction("islink", null, p => Py.Bool(new FileInfo(Path(p)) is { Exists: true, LinkTarget: not null } || new DirectoryInfo(Path(p)) is { Exists: true, LinkTarget: not null }));
        d["realpath"] = new PyBuiltinFunction("realpath", null, p => Resolve(Path(p)));
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
        OsSystemCalls.Fill(d);
        DescriptorFunctions.Fill(engine, d);
        PermissionFunctions.Fill(engine, d);
        ProcessFunctions.Fill(engine, d);
        LinkFunctions.Fill(d);
    }

    public static string Path(object p) => FileObject.PathOf(p);

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
        var result = Guard(action, path);
        return result switch
        {
            long l => Py.Int(l),
            double or string or PyObject => result,
            _ => Py.None,
        };
    }

    /// <summary>Runs a System.IO call, raising what CPython raises for the same failure (FileNotFoundError...).</summary>
    public static T Guard<T>(Func<T> action, object path, bool creatingNew = false)
    {
        try
        {
            return action();
        }
        catch (FileNotFoundException)
        {
            throw OsError(2, path);
        }
        catch (DirectoryNotFoundException)
        {
            throw OsError(2, path);
        }
        catch (UnauthorizedAccessException)
        {
            throw OsError(13, path);
        }
        catch (IOException) when (creatingNew)
        {
            throw OsError(17, path);
        }
        catch (IOException e)
        {
            throw OsError(5, e.Message, path);
        }
    }

    /// <summary>OSError(errno, strerror(errno), path): the constructor picks the errno's subclass, as CPython's.</summary>
    public static PythonException OsError(int errno, object path) => OsError(errno, ErrnoModule.Message(errno), path);

    /// <summary>OSError for a call on two paths, which CPython shows as 'src' -> 'dst'.</summary>
    public static PythonException OsError(int errno, object path, object path2) =>
        new PythonException((PyBaseException)Ops.Call(PyExc.OSError, [Py.Int(errno), ErrnoModule.Message(errno), path, Py.None, path2]));

    /// <summary>OSError(errno, message, path), FileNotFoundError for ENOENT and so on.</summary>
    public static PythonException OsError(int errno, string message, object path) =>
        new PythonException((PyBaseException)Ops.Call(PyExc.OSError, Py.Int(errno), message, path));

    // The path with every symbolic link resolved, as far as the links exist.
    private static string Resolve(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var resolved = "/";
        foreach (var part in full.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = System.IO.Path.Combine(resolved, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            resolved = info.LinkTarget is not null ? Resolve(System.IO.Path.Combine(resolved, info.LinkTarget)) : next;
        }

        return resolved;
    }
}
