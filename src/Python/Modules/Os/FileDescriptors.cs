using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Modules.Os;

/// <summary>
/// An engine's view of file descriptors, what os.open, os.read, os.pipe... and open(fd)/fileno() share:
/// the process's real descriptors on Linux, a table of .NET streams elsewhere.
/// </summary>
internal abstract class FileDescriptors
{
    public static FileDescriptors ForPlatform() => OperatingSystem.IsLinux() ? new PosixDescriptors() : new StreamDescriptors();

    /// <summary>os.open: <paramref name="flags"/> are this platform's O_* values (see <see cref="OpenFlags"/>).</summary>
    public abstract int Open(string path, int flags, int mode);

    public abstract byte[] Read(int fd, int count);

    public abstract int Write(int fd, ReadOnlySpan<byte> data);

    public void Close(int fd)
    {
        var errno = TryClose(fd);
        if (errno != 0)
        {
            throw Error(errno);
        }
    }

    public abstract long Seek(int fd, long offset, int whence);

    public abstract (int Read, int Write) Pipe();

    public abstract int Dup(int fd);

    public abstract int Dup2(int fd, int fd2, bool inheritable);

    public abstract bool IsATty(int fd);

    public abstract void Truncate(int fd, long length);

    public abstract void Sync(int fd);

    public abstract bool GetInheritable(int fd);

    public abstract void SetInheritable(int fd, bool inheritable);

    public abstract void Chmod(int fd, int mode);

    /// <summary>The raw stat fields of an open descriptor, in <see cref="StatCall"/>'s order.</summary>
    public abstract PyTuple Stat(int fd);

    /// <summary>Sets the file-creation mask and returns the previous one.</summary>
    public abstract int Umask(int mask);

    /// <summary>A stream over the descriptor for open(fd); disposing it closes the descriptor only when <paramref name="closeFd"/>.</summary>
    public abstract FileStream OpenStream(int fd, FileAccess access, bool closeFd);

    /// <summary>The descriptor of a stream open() made, for fileno().</summary>
    public abstract int Fileno(FileStream stream);

    /// <summary>Gives a stream (a child process's pipe) a descriptor of its own; the descriptor owns it from then on.</summary>
    public abstract int Adopt(Stream stream);

    /// <summary>os.closerange: closes every descriptor in [low, high), ignoring errors as CPython does.</summary>
    public void CloseRange(int low, int high)
    {
        for (var fd = Math.Max(low, 0); fd < high; fd++)
        {
            TryClose(fd);
        }
    }

    /// <summary>Closes the descriptor; 0 when it was open, else the errno.</summary>
    protected abstract int TryClose(int fd);

    /// <summary>OSError for an errno with no file name, as the descriptor calls raise.</summary>
    public static PythonException Error(int errno) =>
        new((PyBaseException)Runtime.Ops.Call(PyExc.OSError, Py.Int(errno), ErrnoModule.Message(errno)));
}
