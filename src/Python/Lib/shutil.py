"""High-level file operations: copying files and trees, removing trees, moving."""

import fnmatch
import os
import sys

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "move", "rmtree",
           "Error", "SameFileError", "ignore_patterns"]

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


def copy(src, dst, *, follow_symlinks=True):
    """Copy data to dst, which may be a directory; returns the file's destination."""
    if os.path.isdir(os.fspath(dst)):
        dst = os.path.join(os.fspath(dst), os.path.basename(os.fspath(src)))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


copy2 = copy


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
