"""Operating-system interface (this implementation's own module over the native _os)."""
import sys
import _os
import posixpath as path

name = _os.name
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = "\r\n" if name == "nt" else "\n"

sys.modules["os.path"] = path

environ = _os.environ
getcwd = _os.getcwd
chdir = _os.chdir
getpid = _os.getpid
cpu_count = _os.cpu_count
listdir = _os.listdir
mkdir = _os.mkdir
rmdir = _os.rmdir
remove = _os.remove
unlink = _os.unlink
rename = _os.rename
replace = _os.replace
strerror = _os.strerror
urandom = _os.urandom
error = OSError

open = _os.open
read = _os.read
write = _os.write
close = _os.close
closerange = _os.closerange
lseek = _os.lseek
pipe = _os.pipe
dup = _os.dup
dup2 = _os.dup2
isatty = _os.isatty
ftruncate = _os.ftruncate
fsync = _os.fsync
get_inheritable = _os.get_inheritable
set_inheritable = _os.set_inheritable
fchmod = _os.fchmod
chmod = _os.chmod
umask = _os.umask
kill = _os.kill
getlogin = _os.getlogin
globals().update((_name, getattr(_os, _name)) for _name in dir(_os) if _name.startswith(("O_", "PRIO_")))
for _name in ("link", "symlink", "readlink", "chown", "lchown", "fchown", "getuid", "geteuid", "getgid", "getegid", "getppid", "getgroups",
              "getpriority", "setpriority", "sched_getaffinity"):
    if hasattr(_os, _name):
        globals()[_name] = getattr(_os, _name)
del _name


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


class _StructSequence(tuple):
    """A named tuple of a C structure as CPython's structseq types: fields past n_sequence_fields are attributes only."""

    n_sequence_fields = 0
    n_fields = 0
    n_unnamed_fields = 0
    _fields = ()
    _extra_fields = ()

    def __init_subclass__(cls):
        super().__init_subclass__()
        for index, name in enumerate(cls._fields):
            setattr(cls, name, property(lambda self, i=index: self[i]))
        for index, name in enumerate(cls._extra_fields):
            setattr(cls, name, property(lambda self, i=index: self._rest[i]))

    def __new__(cls, values, dict=None):
        values = tuple(values)
        low, high = cls.n_sequence_fields, cls.n_fields
        qualified = f"{cls.__module__}.{cls.__name__}"
        if len(values) < low and low == high:
            raise TypeError(f"{qualified}() takes a {low}-sequence ({len(values)}-sequence given)")
        if len(values) < low:
            raise TypeError(f"{qualified}() takes an at least {low}-sequence ({len(values)}-sequence given)")
        if len(values) > high:
            raise TypeError(f"{qualified}() takes an at most {high}-sequence ({len(values)}-sequence given)")
        self = super().__new__(cls, values[:low])
        self._rest = values[low:] + (None,) * (high - len(values))
        return self

    def __repr__(self):
        pairs = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"{type(self).__module__}.{type(self).__name__}({pairs})"

    def __reduce__(self):
        return type(self), (tuple(self) + self._rest,)


if hasattr(_os, "uname"):
    class uname_result(_StructSequence):
        """The system's names: sysname, nodename, release, version and machine."""

        n_sequence_fields = n_fields = 5
        _fields = ("sysname", "nodename", "release", "version", "machine")

    uname_result.__module__ = "posix"

    def uname():
        return uname_result(_os.uname())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def fspath(path_):
    return path._fspath(path_)


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    if path.exists(name):
        if exist_ok and path.isdir(name):
            return
        raise FileExistsError(17, "File exists", name)
    _os.makedirs(name)


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
supports_follow_symlinks = set()
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()


def access(path_, mode):
    """Whether the path exists and its permission bits grant mode to someone (no effective-id check)."""
    try:
        st_mode = _os.stat(fsdecode(path_))[0]
    except OSError:
        return False
    bits = st_mode & 0o777
    wanted = [(R_OK, 0o444), (W_OK, 0o222), (X_OK, 0o111)]
    return all(bits & mask for flag, mask in wanted if mode & flag)


class stat_result(_StructSequence):
    """The result of os.stat: st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size and the times."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime",
               "st_ctime")
    _extra_fields = ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
                     "st_blocks", "st_rdev")


# Made from only the ten sequence fields, the float times are the whole seconds, as in CPython.
stat_result.st_atime = property(lambda self: self[7] if self._rest[0] is None else self._rest[0])
stat_result.st_mtime = property(lambda self: self[8] if self._rest[1] is None else self._rest[1])
stat_result.st_ctime = property(lambda self: self[9] if self._rest[2] is None else self._rest[2])
stat_result.__module__ = "os"


def _seconds(ns):
    # As CPython: whole seconds plus the nanoseconds, so the float is the same to the last bit.
    return float(ns // 1000000000) + (ns % 1000000000) * 1e-9


class terminal_size(tuple):
    """The size of a terminal window: columns and lines."""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 2:
            raise TypeError(f"os.terminal_size() takes a 2-sequence ({len(values)}-sequence given)")
        return super().__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]!r}, lines={self[1]!r})"


def get_terminal_size(fd=1, /):
    return terminal_size(_os.get_terminal_size(fd))


_disk_usage = _os.disk_usage


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        times = (ns[0] / 1e9, ns[1] / 1e9)
    elif times is None:
        import time
        now = time.time()
        times = (now, now)
    elif not isinstance(times, tuple) or len(times) != 2:
        raise TypeError("utime: 'times' must be either a tuple of two ints or None")
    _os.utime(fsdecode(path), times[0], times[1])


def _stat_result(raw):
    mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, blksize, blocks, rdev = raw
    return stat_result((mode, ino, dev, nlink, uid, gid, size, atime // 1000000000, mtime // 1000000000,
                        ctime // 1000000000, _seconds(atime), _seconds(mtime), _seconds(ctime), atime, mtime, ctime,
                        blksize, blocks, rdev))


def stat(path_, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path_, int):
        return _stat_result(_os.fstat(path_))
    name = fsdecode(path_)
    return _stat_result(_os.stat(name) if follow_symlinks else _os.lstat(name))


def lstat(path_, *, dir_fd=None):
    return _stat_result(_os.lstat(fsdecode(path_)))


def fstat(fd):
    return _stat_result(_os.fstat(fd))


class DirEntry:
    """One entry of scandir(): its name, path and cached stat."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o040000
        except FileNotFoundError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o100000
        except FileNotFoundError:
            return False

    def is_symlink(self):
        return path.islink(self.path)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path_="."):
    return _ScandirIterator(fspath(path_))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    files = []
    for entry in entries:
        (dirs if entry.is_dir() else files).append(entry.name)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, files


class PathLike:
    """The protocol of objects with __fspath__."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__")
