using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>errno</c> module: the Linux error numbers CPython exposes, and errorcode.</summary>
internal static class ErrnoModule
{
    private static readonly (string Name, int Code)[] Codes =
    [
        ("EPERM", 1), ("ENOENT", 2), ("ESRCH", 3), ("EINTR", 4), ("EIO", 5), ("ENXIO", 6), ("E2BIG", 7), ("ENOEXEC", 8),
        ("EBADF", 9), ("ECHILD", 10), ("EAGAIN", 11), ("EWOULDBLOCK", 11), ("ENOMEM", 12), ("EACCES", 13), ("EFAULT", 14),
        ("EBUSY", 16), ("EEXIST", 17), ("EXDEV", 18), ("ENODEV", 19), ("ENOTDIR", 20), ("EISDIR", 21), ("EINVAL", 22),
        ("ENFILE", 23), ("EMFILE", 24), ("ENOTTY", 25), ("EFBIG", 27), ("ENOSPC", 28), ("ESPIPE", 29), ("EROFS", 30),
        ("EMLINK", 31), ("EPIPE", 32), ("EDOM", 33), ("ERANGE", 34), ("EDEADLK", 35), ("ENAMETOOLONG", 36), ("ENOLCK", 37),
        ("ENOSYS", 38), ("ENOTEMPTY", 39), ("ELOOP", 40), ("ENOTSOCK", 88), ("EADDRINUSE", 98), ("EADDRNOTAVAIL", 99),
        ("ENETDOWN", 100), ("ENETUNREACH", 101), ("ECONNABORTED", 103), ("ECONNRESET", 104), ("ENOBUFS", 105),
        ("EISCONN", 106), ("ENOTCONN", 107), ("ETIMEDOUT", 110), ("ECONNREFUSED", 111), ("EHOSTUNREACH", 113),
        ("EALREADY", 114), ("EINPROGRESS", 115),
    ];

    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var errorcode = new PyDict();
        foreach (var (name, code) in Codes)
        {
            d[name] = Py.Int(code);
            if (!errorcode.ContainsKey(Py.Int(code)))
            {
                errorcode[Py.Int(code)] = name;
            }
        }

        d["errorcode"] = errorcode;
    }
}
