using System.ComponentModel;
using System.Diagnostics;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Modules.Os;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Processes;

/// <summary>
/// A child process started for subprocess.Popen over System.Diagnostics.Process: its pipes become descriptors of
/// the engine (so Popen's stdin/stdout/stderr are ordinary files), and what .NET cannot connect directly, stderr
/// into stdout or a stream into a caller's descriptor, is copied by a background pump.
/// </summary>
internal sealed class ChildProcess : PyObject
{
    /// <summary>subprocess.PIPE, STDOUT and DEVNULL, as CPython numbers them.</summary>
    public const int Pipe = -1;
    public const int Stdout = -2;
    public const int DevNull = -3;

    public static readonly PyType ProcessType = MakeType();

    private readonly Process process;
    private readonly List<Task> pumps = [];
    private int signalSent;

    private ChildProcess(Process process)
        : base(ProcessType) => this.process = process;

    private object?[] Descriptors { get; } = [Py.None, Py.None, Py.None];

    /// <summary>
    /// spawn(args, cwd, env, stdin, stdout, stderr): each stream None (inherited), PIPE, DEVNULL, STDOUT (stderr
    /// only) or a descriptor; env is None (this process's environment) or (name, value) pairs.
    /// </summary>
    public static object Spawn(PythonEngine engine, object?[] a)
    {
        var args = Ops.ToArray(a[0]!).Select(OsModule.Path).ToList();
        var info = new ProcessStartInfo(args[0]) { UseShellExecute = false };
        foreach (var arg in args.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }

        if (a[1] is { } cwdArg && cwdArg != Py.None)
        {
            var cwd = OsModule.Path(cwdArg);
            info.WorkingDirectory = Directory.Exists(cwd) ? cwd : throw OsModule.OsError(File.Exists(cwd) ? 20 : 2, cwdArg);
        }

        if (a[2] is { } env && env != Py.None)
        {
            info.Environment.Clear();
            foreach (var pair in Ops.ToArray(env))
            {
                var kv = Ops.Unpack(pair, 2);
                info.Environment[OsModule.Path(kv[0])] = OsModule.Path(kv[1]);
            }
        }

        var (stdin, stdout, stderr) = (Code(a[3]), Code(a[4]), Code(a[5]));
        info.RedirectStandardInput = stdin != null;
        info.RedirectStandardOutput = stdout != null || stderr == Stdout;
        info.RedirectStandardError = stderr != null;
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception e)
        {
            throw OsModule.OsError(e.NativeErrorCode is > 0 and < 200 ? e.NativeErrorCode : 2, args[0]);
        }

        var child = new ChildProcess(process);
        var fds = engine.Descriptors;
        if (stdin is { } inCode)
        {
            var target = process.StandardInput.BaseStream;
            if (inCode == Pipe)
            {
                child.Descriptors[0] = Py.Int(fds.Adopt(target));
            }
            else if (inCode == DevNull)
            {
                target.Dispose();
            }
            else
            {
                child.PumpFrom(fds, inCode, target);
            }
        }

        if (stderr == Stdout)
        {
            // One pipe carries both streams, as a child given the same descriptor for both writes them.
            var merged = stdout is null ? (Write: 1, Read: -1) : stdout == Pipe ? Swap(fds.Pipe()) : (Write: stdout.Value, Read: -1);
            var writeLock = new object();
            var remaining = 2;
            void Done()
            {
                if (Interlocked.Decrement(ref remaining) == 0 && merged.Read >= 0)
                {
                    fds.Close(merged.Write);
                }
            }

            child.PumpTo(fds, process.StandardOutput.BaseStream, stdout == DevNull ? -1 : merged.Write, writeLock, Done);
            child.PumpTo(fds, process.StandardError.BaseStream, stdout == DevNull ? -1 : merged.Write, writeLock, Done);
            child.Descriptors[1] = merged.Read >= 0 ? Py.Int(merged.Read) : Py.None;
        }
        else
        {
            child.Connect(fds, 1, stdout, stdout is null ? null : process.StandardOutput.BaseStream);
            child.Connect(fds, 2, stderr, stderr is null ? null : process.StandardError.BaseStream);
        }

        return child;
    }

    private static (int Write, int Read) Swap((int Read, int Write) pipe) => (pipe.Write, pipe.Read);

    private static int? Code(object? value) => value is null || value == Py.None ? null : DescriptorFunctions.Int(value);

    private void Connect(FileDescriptors fds, int index, int? code, Stream? source)
    {
        if (code is not { } c || source is null)
        {
            return;
        }

        if (c == Pipe)
        {
            Descriptors[index] = Py.Int(fds.Adopt(source));
        }
        else
        {
            PumpTo(fds, source, c == DevNull ? -1 : c, new object(), () => { });
        }
    }

    // Copies a child's output into a descriptor (or nowhere, for -1) until the child closes it.
    private void PumpTo(FileDescriptors fds, Stream source, int fd, object writeLock, Action done) => pumps.Add(Task.Run(() =>
    {
        var buffer = new byte[65536];
        try
        {
            int n;
            while ((n = source.Read(buffer)) > 0)
            {
                if (fd >= 0)
                {
                    lock (writeLock)
                    {
                        for (var at = 0; at < n;)
                        {
                            at += fds.Write(fd, buffer.AsSpan(at, n - at));
                        }
                    }
                }
            }
        }
        finally
        {
            source.Dispose();
            done();
        }
    }));

    // Feeds the child's stdin from a descriptor, closing it at the descriptor's end.
    private void PumpFrom(FileDescriptors fds, int fd, Stream target) => pumps.Add(Task.Run(() =>
    {
        try
        {
            byte[] chunk;
            while ((chunk = fds.Read(fd, 65536)).Length > 0)
            {
                target.Write(chunk);
            }
        }
        finally
        {
            target.Dispose();
        }
    }));

    // wait(timeout): the exit status, or None when the timeout (seconds, None for ever) ran out first.
    private object Wait(object? timeout)
    {
        using (PythonThread.Blocking())
        {
            if (timeout is null || timeout == Py.None)
            {
                process.WaitForExit();
            }
            else if (!process.WaitForExit(TimeSpan.FromSeconds(Math.Max(0, Ops.ToFloat(timeout)))))
            {
                return Py.None;
            }

            Task.WaitAll([.. pumps]);
        }

        return Py.Int(ExitStatus());
    }

    // .NET reports a child a signal ended as 128 + the signal; CPython's returncode is minus the signal, which
    // is only certain for the signal this object sent.
    private int ExitStatus()
    {
        var code = process.ExitCode;
        return !OperatingSystem.IsWindows() && signalSent > 0 && code == 128 + signalSent ? -signalSent : code;
    }

    private object SendSignal(int signal)
    {
        if (process.HasExited)
        {
            return Py.None;
        }

        if (OperatingSystem.IsWindows())
        {
            process.Kill();
        }
        else if (LibC.Kill(process.Id, signal) != 0)
        {
            throw FileDescriptors.Error(LibC.Errno);
        }

        signalSent = signal;
        return Py.None;
    }

    private static ChildProcess Self(object o) => (ChildProcess)o;

    private static PyType MakeType() => Py.DefineType("ChildProcess", null, TypeFlags.None, "_subprocess", t =>
    {
        t.Prop("pid", self => Py.Int(Self(self).process.Id));
        t.Prop("descriptors", self => new PyTuple(Self(self).Descriptors!));
        t.DefRange("wait", 0, 1, a => Self(a[0]).Wait(a.Length > 1 ? a[1] : null));
        t.Def("poll", self => Self(self).process.HasExited ? Self(self).Wait(null) : Py.None);
        t.Def("send_signal", (object self, object signal) => Self(self).SendSignal(DescriptorFunctions.Int(signal)));
    });
}
