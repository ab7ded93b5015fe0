using IronUwsgi.Python.Objects;
using Microsoft.Win32.SafeHandles;

namespace IronUwsgi.Python.Modules.Os;

/// <summary>The process's own descriptors through the C library, so they are the numbers fileno() and other processes see.</summary>
internal sealed class PosixDescriptors : FileDescriptors
{
    private const int EINTR = 4;
    private const int FGetFd = 1;
    private const int FSetFd = 2;
    private const int FdCloexec = 1;
    private const int FDupFdCloexec = 1030;

    public override int Open(string path, int flags, int mode)
    {
        // As CPython (PEP 446), descriptors os.open makes are not inherited by child processes.
        var fd = Retry(() => LibC.Open(path, flags | OpenFlags.Current.Cloexec, mode));
        return fd >= 0 ? fd : throw OsModule.OsError(LibC.Errno, path);
    }

    public override unsafe byte[] Read(int fd, int count)
    {
        var buffer = new byte[count];
        nint n;
        fixed (byte* p = buffer)
        {
            var start = p;
            using var section = Engine.PythonThread.Blocking();
            n = Retry(() => LibC.Read(fd, start, count));
        }

        return n < 0 ? throw Error(LibC.Errno) : n == count ? buffer : buffer[..(int)n];
    }

    public override unsafe int Write(int fd, ReadOnlySpan<byte> data)
    {
        nint n;
        fixed (byte* p = data)
        {
            var start = p;
            var length = data.Length;
            using var section = Engine.PythonThread.Blocking();
            n = Retry(() => LibC.Write(fd, start, length));
        }

        return n >= 0 ? (int)n : throw Error(LibC.Errno);
    }

    public override long Seek(int fd, long offset, int whence) => Check(LibC.Seek(fd, offset, whence));

    public override unsafe (int Read, int Write) Pipe()
    {
        var fds = stackalloc int[2];
        Check(LibC.Pipe2(fds, OpenFlags.Current.Cloexec));
        return (fds[0], fds[1]);
    }

    public override int Dup(int fd) => (int)Check(LibC.Fcntl(fd, FDupFdCloexec, 0));

    public override int Dup2(int fd, int fd2, bool inheritable)
    {
        // dup3 refuses fd == fd2, which dup2 accepts once it knows fd is open.
        if (fd == fd2)
        {
            Check(LibC.Fcntl(fd, FGetFd, 0));
            return fd2;
        }

        return (int)Check(inheritable ? LibC.Dup2(fd, fd2) : LibC.Dup3(fd, fd2, OpenFlags.Current.Cloexec));
    }

    public override bool IsATty(int fd) => LibC.IsATty(fd) == 1;

    public override void Truncate(int fd, long length) => Check(Retry(() => LibC.Ftruncate(fd, length)));

    public override void Sync(int fd) => Check(LibC.Fsync(fd));

    public override bool GetInheritable(int fd) => (Check(LibC.Fcntl(fd, FGetFd, 0)) & FdCloexec) == 0;

    public override void SetInheritable(int fd, bool inheritable)
    {
        var flags = (int)Check(LibC.Fcntl(fd, FGetFd, 0));
        Check(LibC.Fcntl(fd, FSetFd, inheritable ? flags & ~FdCloexec : flags | FdCloexec));
    }

    public override void Chmod(int fd, int mode) => Check(LibC.Fchmod(fd, (uint)mode));

    public override PyTuple Stat(int fd) => StatCall.OfDescriptor(fd);

    public override int Umask(int mask) => (int)LibC.Umask((uint)mask);

    public override FileStream OpenStream(int fd, FileAccess access, bool closeFd)
    {
        // FileStream checks the handle with fstat: a closed descriptor is EBADF as in CPython.
        Check(LibC.Fcntl(fd, FGetFd, 0));
        return new FileStream(new SafeFileHandle(fd, closeFd), access, 1);
    }

    public override int Fileno(FileStream stream) => (int)stream.SafeFileHandle.DangerousGetHandle();

    public override int Adopt(Stream stream)
    {
        var handle = stream switch
        {
            FileStream f => f.SafeFileHandle.DangerousGetHandle(),
            System.IO.Pipes.PipeStream p => p.SafePipeHandle.DangerousGetHandle(),
            _ => throw new ArgumentException("a stream without a descriptor", nameof(stream)),
        };
        var fd = Dup((int)handle);
        stream.Dispose();
        return fd;
    }

    protected override int TryClose(int fd) => LibC.Close(fd) == 0 ? 0 : LibC.Errno;

    private static long Check(long result) => result >= 0 ? result : throw Error(LibC.Errno);

    // A call interrupted by a signal is restarted, as CPython does since PEP 475.
    private static T Retry<T>(Func<T> call)
        where T : System.Numerics.INumber<T>
    {
        while (true)
        {
            var result = call();
            if (result >= T.Zero || LibC.Errno != EINTR)
            {
                return result;
            }
        }
    }
}
