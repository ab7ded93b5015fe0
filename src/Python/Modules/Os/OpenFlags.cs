namespace IronUwsgi.Python.Modules.Os;

/// <summary>The O_* constants of os.open as this platform's C library numbers them, which CPython exposes as they are.</summary>
internal sealed record OpenFlags(int Append, int Create, int Exclusive, int Truncate, int Cloexec, (string Name, int Value)[] Extra)
{
    public const int ReadOnly = 0;
    public const int WriteOnly = 1;
    public const int ReadWrite = 2;
    public const int AccessMode = 3;

    private static readonly OpenFlags Linux = new(0x400, 0x40, 0x80, 0x200, 0x80000,
    [
        ("O_NOCTTY", 0x100), ("O_NONBLOCK", 0x800), ("O_NDELAY", 0x800), ("O_DSYNC", 0x1000), ("O_ASYNC", 0x2000),
        ("O_DIRECT", 0x4000), ("O_LARGEFILE", 0), ("O_DIRECTORY", 0x10000), ("O_NOFOLLOW", 0x20000),
        ("O_NOATIME", 0x40000), ("O_PATH", 0x200000), ("O_TMPFILE", 0x410000), ("O_SYNC", 0x101000),
        ("O_RSYNC", 0x101000), ("O_FSYNC", 0x101000),
    ]);

    private static readonly OpenFlags MacOs = new(0x8, 0x200, 0x800, 0x400, 0x1000000,
    [
        ("O_NONBLOCK", 0x4), ("O_NDELAY", 0x4), ("O_SHLOCK", 0x10), ("O_EXLOCK", 0x20), ("O_ASYNC", 0x40),
        ("O_SYNC", 0x80), ("O_FSYNC", 0x80), ("O_NOFOLLOW", 0x100), ("O_EVTONLY", 0x8000), ("O_NOCTTY", 0x20000),
        ("O_DIRECTORY", 0x100000), ("O_SYMLINK", 0x200000), ("O_DSYNC", 0x400000),
    ]);

    // Windows's C runtime has no close-on-exec flag; O_NOINHERIT is its counterpart.
    private static readonly OpenFlags Windows = new(0x8, 0x100, 0x400, 0x200, 0x80,
    [
        ("O_RANDOM", 0x10), ("O_SEQUENTIAL", 0x20), ("O_TEMPORARY", 0x40), ("O_NOINHERIT", 0x80),
        ("O_SHORT_LIVED", 0x1000), ("O_TEXT", 0x4000), ("O_BINARY", 0x8000),
    ]);

    public static OpenFlags Current => OperatingSystem.IsWindows() ? Windows : OperatingSystem.IsMacOS() ? MacOs : Linux;

    /// <summary>Every O_* name with its value, for the module's namespace.</summary>
    public IEnumerable<(string Name, int Value)> All()
    {
        (string, int)[] common =
        [
            ("O_RDONLY", ReadOnly), ("O_WRONLY", WriteOnly), ("O_RDWR", ReadWrite), ("O_APPEND", Append),
            ("O_CREAT", Create), ("O_EXCL", Exclusive), ("O_TRUNC", Truncate),
        ];
        var accessMode = OperatingSystem.IsWindows() ? [] : new[] { ("O_ACCMODE", AccessMode), ("O_CLOEXEC", Cloexec) };
        return common.Concat(accessMode).Concat(Extra);
    }
}
