"""High-level file operations: copying files and trees, removing trees, moving."""

import collections
import fnmatch
import os
import sys

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "move", "rmtree",
           "Error", "SameFileError", "ignore_patterns", "copymode", "copystat", "which", "disk_usage", "get_terminal_size", "chown"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy data from file-like object fsrc to file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    return (os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst)))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible; returns dst."""
    if _samefile(os.fspath(src), os.fspath(dst)):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(os.fspath(src), 'rb') as fsrc:
        with open(os.fspath(dst), 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def _copy_with(metadata, src, dst, follow_symlinks):
    if os.path.isdir(os.fspath(dst)):
        dst = os.path.join(os.fspath(dst), os.path.basename(os.fspath(src)))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    metadata(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits to dst, which may be a directory; returns the file's destination."""
    return _copy_with(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata (permission bits and times) to dst, which may be a directory; returns dst."""
    return _copy_with(copystat, src, dst, follow_symlinks)


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access and modification times of src to dst."""
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, st.st_mode & 0o7777)


def ignore_patterns(*patterns):
    """A copytree ignore function that skips names matching any of the glob-style patterns."""
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree and return the destination directory."""
    src = os.fspath(src)
    names = os.listdir(src)
    ignored_names = ignore(src, names) if ignore is not None else set()
    os.makedirs(os.fspath(dst), exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored_names:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(os.fspath(dst), name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Recursively delete a directory tree."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    path = os.fspath(path)
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        return
    for name in names:
        fullname = os.path.join(path, name)
        if os.path.isdir(fullname):
            rmtree(fullname, ignore_errors, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    sep = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(sep))


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location; returns the destination."""
    src = os.fspath(src)
    real_dst = os.fspath(dst)
    if os.path.isdir(real_dst):
        if _samefile(src, real_dst):
            os.rename(src, real_dst)
            return real_dst
        real_dst = os.path.join(real_dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    if os.path.isdir(src):
        if _destinsrc(src, real_dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, real_dst))
        copytree(src, real_dst, copy_function=copy_function)
        rmtree(src)
        return real_dst
    try:
        os.rename(src, real_dst)
    except OSError:
        copy_function(src, real_dst)
        os.unlink(src)
    return real_dst


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


_WIN_DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD;.VBS;.JS;.WS;.MSC"


def _is_runnable(candidate, mode):
    # A directory is never the command, even when its bits would allow "executing" it.
    return os.path.exists(candidate) and os.access(candidate, mode) and not os.path.isdir(candidate)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the file that running cmd would start, searching path (default PATH), or None."""
    if os.path.dirname(cmd):
        return cmd if _is_runnable(cmd, mode) else None
    as_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH")
        if path is None:
            path = os.defpath
    if not path:
        return None
    if as_bytes:
        folders = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        folders = os.fsdecode(path).split(os.pathsep)
    names = [cmd]
    if os.name == "nt":
        # Windows looks in the current folder first and tries each executable extension in turn.
        here = os.fsencode(os.curdir) if as_bytes else os.curdir
        if here not in folders:
            folders.insert(0, here)
        extensions = [e for e in (os.getenv("PATHEXT") or _WIN_DEFAULT_PATHEXT).split(os.pathsep) if e]
        if as_bytes:
            extensions = [os.fsencode(e) for e in extensions]
        if not any(cmd.lower().endswith(e.lower()) for e in extensions):
            names = [cmd + e for e in extensions]
    visited = set()
    for folder in folders:
        key = os.path.normcase(folder)
        if key in visited:
            continue
        visited.add(key)
        for name in names:
            candidate = os.path.join(folder, name)
            if _is_runnable(candidate, mode):
                return candidate
    return None


_ntuple_diskusage = collections.namedtuple("usage", "total used free")


def disk_usage(path):
    """Total, used and free bytes of the file system holding path, as a named tuple."""
    return _ntuple_diskusage(*os._disk_usage(path))


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: COLUMNS and LINES first, then the terminal on sys.__stdout__, then fallback."""
    sizes = []
    for variable in ("COLUMNS", "LINES"):
        try:
            sizes.append(int(os.environ[variable]))
        except (KeyError, ValueError):
            sizes.append(0)
    columns, lines = sizes
    if columns <= 0 or lines <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        if columns <= 0:
            columns = measured.columns or fallback[0]
        if lines <= 0:
            lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _account_id(database, name):
    # The id field of the named entry in /etc/passwd or /etc/group (what pwd and grp read), or None.
    try:
        with open(database, encoding="utf-8", errors="surrogateescape") as entries:
            for line in entries:
                fields = line.rstrip("\n").split(":")
                if len(fields) > 2 and fields[0] == name:
                    return int(fields[2])
    except (OSError, ValueError):
        pass
    return None


def chown(path, user=None, group=None):
    """Changes the owner user and/or group of path; names are looked up in the system's account files."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = -1 if user is None else user
    gid = -1 if group is None else group
    if isinstance(user, str):
        uid = _account_id("/etc/passwd", user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is not None and not isinstance(group, int):
        gid = _account_id("/etc/group", group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid)
