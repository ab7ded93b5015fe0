using System.Text;
using IronUwsgi.Python.Modules.Os;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public sealed class OsDescriptorTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("osfd").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void OpenWriteSeekReadRoundTripsThroughOneDescriptor()
    {
        var path = Path.Combine(dir, "a.bin");
        var output = PythonRunner.Run($$"""
            import os
            fd = os.open({{Quote(path)}}, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
            print(os.write(fd, b"hello world"), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100), os.read(fd, 5))
            os.ftruncate(fd, 5)
            print(os.fstat(fd).st_size, os.lseek(fd, 0, os.SEEK_END))
            os.close(fd)
            """);
        Assert.Equal("11 6 b'world' b''\n5 5\n", output);
        Assert.Equal("hello", File.ReadAllText(path));
    }

    [LinuxFact]
    public void DescriptorsAreTheProcessesOwnOnLinux()
    {
        var path = Path.Combine(dir, "real.txt");
        File.WriteAllText(path, "x");
        var output = PythonRunner.Run($$"""
            import os
            fd = os.open({{Quote(path)}}, os.O_RDONLY)
            print(os.readlink(f"/proc/self/fd/{fd}") == {{Quote(path)}}, os.get_inheritable(fd))
            with open({{Quote(path)}}) as f:
                print(os.readlink(f"/proc/self/fd/{f.fileno()}") == {{Quote(path)}})
                copy = os.dup(f.fileno())
                print(os.read(copy, 1))
                os.close(copy)
            os.close(fd)
            """);
        Assert.Equal("True False\nTrue\nb'x'\n", output);
    }

    [Fact]
    public void PipeCarriesBytesToAFileObjectOpenedOnItsDescriptor()
    {
        var output = PythonRunner.Run("""
            import os
            r, w = os.pipe()
            os.write(w, b"line one\nline two\n")
            os.close(w)
            with os.fdopen(r) as f:
                print(f.readlines(), f.name == r)
            try:
                os.close(r)
            except OSError as e:
                print(type(e).__name__, e.errno, e)
            """);
        Assert.Equal("['line one\\n', 'line two\\n'] True\nOSError 9 [Errno 9] Bad file descriptor\n", output);
    }

    [LinuxFact]
    public void StatReportsTheInodeAndOwnerSoSamefileWorks()
    {
        var path = Path.Combine(dir, "s.txt");
        File.WriteAllText(path, "12345");
        var output = PythonRunner.Run($$"""
            import os
            p = {{Quote(path)}}
            os.link(p, p + ".hard")
            a, b = os.stat(p), os.stat(p + ".hard")
            print(a.st_ino == b.st_ino != 0, a.st_nlink, a.st_uid == os.getuid(), a.st_size)
            print(os.path.samefile(p, p + ".hard"), os.path.samefile(p, os.path.dirname(p)))
            print(a.st_mtime_ns // 1000 == int(a.st_mtime * 1e6) or abs(a.st_mtime_ns / 1e9 - a.st_mtime) < 1e-6)
            """);
        Assert.Equal("True 2 True 5\nTrue False\nTrue\n", output);
    }

    [Theory]
    [InlineData("os.read(-1, 1)", "OSError: [Errno 9] Bad file descriptor")]
    [InlineData("os.write(1, 'text')", "TypeError: a bytes-like object is required, not 'str'")]
    [InlineData("os.fdopen(None)", "TypeError: invalid fd type (<class 'NoneType'>, expected integer)")]
    [InlineData("open(-3)", "ValueError: negative file descriptor")]
    [InlineData("os.kill(2 ** 22 + 7, 0)", "ProcessLookupError: [Errno 3] No such process")]
    [InlineData("os.chmod('/no/such/file', 0o600)", "FileNotFoundError: [Errno 2] No such file or directory: '/no/such/file'")]
    public void ErrorsMatchCPython(string code, string error)
    {
        Assert.Contains(error, PythonRunner.RunExpectingError("import os\n" + code));
    }

    [LinuxFact]
    public void IdentityCallsAgreeWithTheEnvironment()
    {
        var output = PythonRunner.Run("""
            import os
            print(os.getpid() != os.getppid() > 0, os.uname().sysname, os.uname().machine)
            old = os.umask(0o077)
            print(oct(os.umask(old)), len(os.sched_getaffinity(0)) >= 1)
            print(os.terminal_size((3, 4)))
            """);
        var machine = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "aarch64" : "x86_64";
        Assert.Equal($"True Linux {machine}\n0o77 True\nos.terminal_size(columns=3, lines=4)\n", output);
    }

    // The table Windows and macOS use is plain .NET, so it runs here too.
    [Fact]
    public void StreamTableSharesOffsetsBetweenDupsAndHandsOutTheLowestFreeNumber()
    {
        var fds = new StreamDescriptors();
        var flags = OpenFlags.Current;
        var path = Path.Combine(dir, "t.bin");
        var fd = fds.Open(path, OpenFlags.ReadWrite | flags.Create, 0x1B6);
        Assert.Equal(3, fd);
        Assert.Equal(5, fds.Write(fd, "abcde"u8));
        Assert.Equal(0, fds.Seek(fd, 0, 0));
        var copy = fds.Dup(fd);
        Assert.Equal(4, copy);
        Assert.Equal("ab", Encoding.ASCII.GetString(fds.Read(fd, 2)));
        Assert.Equal("cde", Encoding.ASCII.GetString(fds.Read(copy, 10)));
        fds.Close(fd);
        Assert.Equal(5L, fds.Seek(copy, 0, 1));
        var (r, w) = fds.Pipe();
        Assert.Equal((3, 5), (r, w));
        fds.Write(w, "pipe"u8);
        fds.Close(w);
        Assert.Equal("pipe", Encoding.ASCII.GetString(fds.Read(r, 10)));
        Assert.Empty(fds.Read(r, 10));
        var error = Assert.Throws<PythonException>(() => fds.Seek(r, 0, 0));
        Assert.Contains("Illegal seek", error.Message);
        fds.Close(r);
        fds.Close(copy);
        Assert.Throws<PythonException>(() => fds.Close(copy));
        Assert.Equal("abcde", File.ReadAllText(path));
    }

    [Fact]
    public void StreamTableGivesAFileItsNumberOnceAndOpensStreamsOnIt()
    {
        var fds = new StreamDescriptors();
        var path = Path.Combine(dir, "u.txt");
        File.WriteAllText(path, "content");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
        var fd = fds.Fileno(stream);
        Assert.Equal(fd, fds.Fileno(stream));
        using (var reader = fds.OpenStream(fd, FileAccess.Read, closeFd: true))
        {
            var buffer = new byte[7];
            Assert.Equal(7, reader.Read(buffer));
            Assert.Equal("content", Encoding.ASCII.GetString(buffer));
        }

        Assert.Throws<PythonException>(() => fds.Read(fd, 1));
    }

    private static string Quote(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
