using System.IO.Pipes;
using System.Runtime.CompilerServices;
using IronUwsgi.Python.Objects;
using Microsoft.Win32.SafeHandles;

namespace IronUwsgi.Python.Modules.Os;

/// <summary>
/// Descriptors where .NET reaches no C-library ones (Windows, macOS): numbers an engine hands out for .NET
/// streams, the lowest free first as POSIX does; dup shares one open file (and its position) between numbers.
/// </summary>
internal sealed class StreamDescriptors : FileDescriptors
{
    private const int EBADF = 9;
    private const int EINVAL = 22;
    private const int ESPIPE = 29;

    private readonly Dictionary<int, OpenFile> table = [];
    private readonly ConditionalWeakTable<FileStream, OpenFile> registered = [];
    private int umask;

    public StreamDescriptors()
    {
        table[0] = new OpenFile(Console.OpenStandardInput(), append: false) { Terminal = !Console.IsInputRedirected };
        table[1] = new OpenFile(Console.OpenStandardOutput(), append: false) { Terminal = !Console.IsOutputRedirected };
        table[2] = new OpenFile(Console.OpenStandardError(), append: false) { Terminal = !Console.IsErrorRedirected };
    }

    public override int Open(string path, int flags, int mode)
    {
        var o = OpenFlags.Current;
        var creating = (flags & o.Create) != 0;
        var options = new FileStreamOptions
        {
            Access = (flags & OpenFlags.AccessMode) switch
            {
                OpenFlags.WriteOnly => FileAccess.Write,
                OpenFlags.ReadWrite => FileAccess.ReadWrite,
                _ => FileAccess.Read,
            },
            Mode = creating && (flags & o.Exclusive) != 0 ? FileMode.CreateNew
                : creating && (flags & o.Truncate) != 0 ? FileMode.Create
                : creating ? FileMode.OpenOrCreate
                : (flags & o.Truncate) != 0 ? FileMode.Truncate
                : FileMode.Open,
            Share = FileShare.ReadWrite | FileShare.Delete,
            BufferSize = 0,
        };
        if (creating && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = (UnixFileMode)(mode & ~umask & 0x1FF);
        }

        var stream = OsModule.Guard(() => new FileStream(path, options), path, options.Mode == FileMode.CreateNew);
        return Add(new OpenFile(stream, (flags & o.Append) != 0));
    }

    public override byte[] Read(int fd, int count)
    {
        var stream = Get(fd).Stream;
        if (!stream.CanRead)
        {
            throw Error(EBADF);
        }

        var buffer = new byte[count];
        int n;
        using (Engine.PythonThread.Blocking())
        {
            n = stream.Read(buffer, 0, count);
        }

        return n == count ? buffer : buffer[..n];
    }

    public override int Write(int fd, ReadOnlySpan<byte> data)
    {
        var file = Get(fd);
        if (!file.Stream.CanWrite)
        {
            throw Error(EBADF);
        }

        if (file.Append)
        {
            file.Stream.Seek(0, SeekOrigin.End);
        }

        using var section = Engine.PythonThread.Blocking();
        file.Stream.Write(data);
        file.Stream.Flush();
        return data.Length;
    }

    public override long Seek(int fd, long offset, int whence)
    {
        var stream = Get(fd).Stream;
        if (!stream.CanSeek)
        {
            throw Error(ESPIPE);
        }

        var origin = whence switch
        {
            0 => SeekOrigin.Begin,
            1 => SeekOrigin.Current,
            2 => SeekOrigin.End,
            _ => throw Error(EINVAL),
        };
        var start = origin switch
        {
            SeekOrigin.Begin => 0,
            SeekOrigin.Current => stream.Position,
            _ => stream.Length,
        };
        return start + offset < 0 ? throw Error(EINVAL) : stream.Seek(offset, origin);
    }

    public override (int Read, int Write) Pipe()
    {
        var reader = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.None);
        var writer = new AnonymousPipeClientStream(PipeDirection.Out, reader.ClientSafePipeHandle);
        return (Add(new OpenFile(reader, append: false)), Add(new OpenFile(writer, append: false)));
    }

    public override int Dup(int fd)
    {
        var file = Get(fd);
        file.Shared++;
        return Add(file);
    }

    public override int Dup2(int fd, int fd2, bool inheritable)
    {
        var file = Get(fd);
        if (fd != fd2)
        {
            TryClose(fd2);
            file.Shared++;
            table[fd2] = file;
        }

        return fd2;
    }

    public override bool IsATty(int fd) => table.TryGetValue(fd, out var file) && file.Terminal;

    public override void Truncate(int fd, long length) => Get(fd).Stream.SetLength(length);

    public override void Sync(int fd)
    {
        if (Get(fd).Stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
    }

    public override bool GetInheritable(int fd) => Get(fd).Inheritable;

    public override void SetInheritable(int fd, bool inheritable) => Get(fd).Inheritable = inheritable;

    public override void Chmod(int fd, int mode)
    {
        if (Get(fd).Stream is not FileStream file)
        {
            throw Error(EINVAL);
        }

        if (OperatingSystem.IsWindows())
        {
            PermissionFunctions.SetReadOnly(file.Name, mode);
        }
        else
        {
            File.SetUnixFileMode(file.SafeFileHandle, (UnixFileMode)(mode & 0xFFF));
        }
    }

    public override PyTuple Stat(int fd)
    {
        var file = Get(fd);
        return file.Stream is FileStream stream ? StatCall.OfHandle(stream.SafeFileHandle, 0x8000)
            : StatCall.Fields(file.Stream is PipeStream ? 0x1180 : 0x2190, 0, 0, 0, 0);
    }

    public override int Umask(int mask)
    {
        var previous = umask;
        umask = mask;
        return previous;
    }

    public override FileStream OpenStream(int fd, FileAccess access, bool closeFd)
    {
        var handle = Get(fd).Stream switch
        {
            FileStream f => f.SafeFileHandle.DangerousGetHandle(),
            PipeStream p => p.SafePipeHandle.DangerousGetHandle(),
            _ => throw Error(EBADF),
        };
        return new DescriptorStream(new SafeFileHandle(handle, ownsHandle: false), access, closeFd ? () => TryClose(fd) : null) { Fd = fd };
    }

    public override int Fileno(FileStream stream)
    {
        if (stream is DescriptorStream { Fd: var fd })
        {
            return fd;
        }

        var file = registered.GetValue(stream, s => new OpenFile(s, append: false));
        return table.FirstOrDefault(e => e.Value == file) is { Value: not null } entry ? entry.Key : Add(file);
    }

    public override int Adopt(Stream stream) => Add(new OpenFile(stream, append: false));

    protected override int TryClose(int fd)
    {
        if (!table.Remove(fd, out var file))
        {
            return EBADF;
        }

        if (--file.Shared == 0)
        {
            file.Stream.Dispose();
        }

        return 0;
    }

    private OpenFile Get(int fd) => table.TryGetValue(fd, out var file) ? file : throw Error(EBADF);

    private int Add(OpenFile file)
    {
        var fd = 0;
        while (table.ContainsKey(fd))
        {
            fd++;
        }

        table[fd] = file;
        return fd;
    }

    // One open file: what the numbers dup made share.
    private sealed class OpenFile(Stream stream, bool append)
    {
        public Stream Stream { get; } = stream;

        public bool Append { get; } = append;

        public int Shared { get; set; } = 1;

        public bool Inheritable { get; set; }

        public bool Terminal { get; init; }
    }

    // The stream open(fd) reads and writes; closing it closes the number when closefd was true.
    private sealed class DescriptorStream(SafeFileHandle handle, FileAccess access, Action? onClose) : FileStream(handle, access, 1)
    {
        public int Fd { get; init; }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            onClose?.Invoke();
            onClose = null;
        }
    }
}
