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


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def fspath(p):
    return path._fspath(p)


def makedirs(name, mode=0o777, exist_ok=False):
    if path.isdir(name) and not exist_ok:
        raise FileExistsError(17, "File exists", name)
    _os.makedirs(name)


class PathLike:
    """The protocol of objects with __fspath__."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__")
