using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Os;

/// <summary>
/// The process calls of <c>_os</c>: user and group ids, parent, login, uname, kill, priority, terminal size
/// and CPU affinity, each where CPython has it (ids and uname only on POSIX, affinity only on Linux).
/// </summary>
internal static class ProcessFunctions
{
    private const int ESRCH = 3;
    private const int ENOTTY = 25;

    public static void Fill(Engine.PythonEngine engine, PyDict d)
    {
        d["getlogin"] = new PyBuiltinFunction("getlogin", null, () => OperatingSystem.IsWindows() ? Environment.UserName : Login());
        d["kill"] = new PyBuiltinFunction("kill", null, (object pid, object signal) => Kill(DescriptorFunctions.Int(pid), DescriptorFunctions.Int(signal)));
        d["get_terminal_size"] = new PyBuiltinFunction("get_terminal_size", null, 0, 1, a =>
        {
            var (columns, lines) = TerminalSize(engine, a.Length > 0 ? DescriptorFunctions.Int(a[0]) : 1);
            return new PyTuple([Py.Int(columns), Py.Int(lines)]);
        });
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        d["getuid"] = new PyBuiltinFunction("getuid", null, () => Py.Int(LibC.GetUid()));
        d["geteuid"] = new PyBuiltinFunction("geteuid", null, () => Py.Int(LibC.GetEuid()));
        d["getgid"] = new PyBuiltinFunction("getgid", null, () => Py.Int(LibC.GetGid()));
        d["getegid"] = new PyBuiltinFunction("getegid", null, () => Py.Int(LibC.GetEgid()));
        d["getppid"] = new PyBuiltinFunction("getppid", null, () => Py.Int(LibC.GetPpid()));
        d["getgroups"] = new PyBuiltinFunction("getgroups", null, Groups);
        d["uname"] = new PyBuiltinFunction("uname", null, Uname);
        d["getpriority"] = new PyBuiltinFunction("getpriority", null, (object which, object who) =>
        {
            var priority = LibC.GetPriority(DescriptorFunctions.Int(which), DescriptorFunctions.Int(who));
            return priority == -1 && LibC.Errno != 0 ? throw FileDescriptors.Error(LibC.Errno) : Py.Int(priority);
        });
        d["setpriority"] = new PyBuiltinFunction("setpriority", null, (object which, object who, object priority) =>
            LibC.SetPriority(DescriptorFunctions.Int(which), DescriptorFunctions.Int(who), DescriptorFunctions.Int(priority)) == 0 ? Py.None : throw FileDescriptors.Error(LibC.Errno));
        d["PRIO_PROCESS"] = Py.Int(0);
        d["PRIO_PGRP"] = Py.Int(1);
        d["PRIO_USER"] = Py.Int(2);
        if (OperatingSystem.IsLinux())
        {
            d["sched_getaffinity"] = new PyBuiltinFunction("sched_getaffinity", null, pid => Affinity(DescriptorFunctions.Int(pid)));
        }
    }

    private static string Login()
    {
        var name = LibC.GetLogin();
        return name != 0 ? Marshal.PtrToStringUTF8(name)! : throw FileDescriptors.Error(LibC.Errno);
    }

    private static unsafe object Groups()
    {
        var count = LibC.GetGroups(0, null);
        var groups = new uint[Math.Max(count, 1)];
        fixed (uint* p = groups)
        {
            count = LibC.GetGroups(groups.Length, p);
        }

        return count < 0 ? throw FileDescriptors.Error(LibC.Errno) : new PyList(groups.Take(count).Select(g => Py.Int(g)).ToArray());
    }

    // struct utsname: six 65-byte fields on Linux, five 256-byte ones on macOS; os.uname shows the first five.
    private static unsafe object Uname()
    {
        var buffer = new byte[6 * 256];
        fixed (byte* p = buffer)
        {
            if (LibC.Uname(p) != 0)
            {
                throw FileDescriptors.Error(LibC.Errno);
            }
        }

        var width = OperatingSystem.IsLinux() ? 65 : 256;
        return new PyTuple(Enumerable.Range(0, 5).Select(i =>
        {
            var field = buffer.AsSpan(i * width, width);
            var end = field.IndexOf((byte)0);
            return (object)Encoding.UTF8.GetString(end < 0 ? field : field[..end]);
        }).ToArray());
    }

    private static object Kill(int pid, int signal)
    {
        if (!OperatingSystem.IsWindows())
        {
            return LibC.Kill(pid, signal) == 0 ? Py.None : throw FileDescriptors.Error(LibC.Errno);
        }

        // Windows has no signals: as CPython there, any other signal terminates the process.
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            return Py.None;
        }
        catch (ArgumentException)
        {
            throw FileDescriptors.Error(ESRCH);
        }
    }

    private static unsafe (int Columns, int Lines) TerminalSize(Engine.PythonEngine engine, int fd)
    {
        if (OperatingSystem.IsLinux())
        {
            const uint TIOCGWINSZ = 0x5413;
            var size = stackalloc ushort[4];
            return LibC.Ioctl(fd, TIOCGWINSZ, size) == 0 ? (size[1], size[0]) : throw FileDescriptors.Error(LibC.Errno);
        }

        // Elsewhere the console .NET drives is the terminal of the standard descriptors.
        return fd is >= 0 and <= 2 && engine.Descriptors.IsATty(fd) ? (Console.WindowWidth, Console.WindowHeight) : throw FileDescriptors.Error(ENOTTY);
    }

    private static unsafe object Affinity(int pid)
    {
        var mask = stackalloc ulong[16];
        if (LibC.SchedGetAffinity(pid, 16 * sizeof(ulong), mask) != 0)
        {
            throw FileDescriptors.Error(LibC.Errno);
        }

        var cpus = new PySet();
        for (var cpu = 0; cpu < 16 * 64; cpu++)
        {
            if ((mask[cpu / 64] & (1UL << (cpu % 64))) != 0)
            {
                cpus.Add(Py.Int(cpu));
            }
        }

        return cpus;
    }
}
