"""Object-oriented filesystem paths: pure paths (string manipulation only) and concrete paths (I/O)."""

import fnmatch
import io
import os
import posixpath

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


class _PosixFlavour:
    sep = '/'
    altsep = ''
    is_supported = os.name != 'nt'

    def splitroot(self, part):
        if part and part[0] == '/':
            stripped = part.lstrip('/')
            # POSIX keeps exactly two leading slashes as an implementation-defined root.
            if len(part) - len(stripped) == 2:
                return '', '//', stripped
            return '', '/', stripped
        return '', '', part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def is_reserved(self, parts):
        return False


_WINDOWS_RESERVED = (
    {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
    | {'COM%s' % c for c in '123456789\xb9\xb2\xb3'}
    | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'}
)


class _WindowsFlavour:
    sep = '\\'
    altsep = '/'
    is_supported = os.name == 'nt'

    def splitroot(self, part):
        sep = self.sep
        first = part[0:1]
        second = part[1:2]
        third = part[2:3]
        if second == sep and first == sep and third != sep:
            # A UNC path: \\server\share is the drive.
            index = part.find(sep, 2)
            if index != -1:
                index2 = part.find(sep, index + 1)
                if index2 != index + 1:
                    if index2 == -1:
                        index2 = len(part)
                    return part[:index2], sep, part[index2 + 1:]
        drv = root = ''
        if second == ':' and first.isascii() and first.isalpha():
            drv = part[:2]
            part = part[2:]
            first = third
        if first == sep:
            root = first
            part = part.lstrip(sep)
        return drv, root, part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def is_reserved(self, parts):
        if not parts or parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WINDOWS_RESERVED


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()


def _parse_parts(flavour, args):
    """(drive, root, parts) of the joined arguments: the rightmost anchored argument starts the path."""
    sep = flavour.sep
    drv = root = ''
    parsed = []
    remaining = iter(reversed(args))
    for part in remaining:
        if not part:
            continue
        if flavour.altsep:
            part = part.replace(flavour.altsep, sep)
        drv, root, rel = flavour.splitroot(part)
        for x in reversed(rel.split(sep)):
            if x and x != '.':
                parsed.append(x)
        if drv or root:
            if not drv:
                # A root without a drive takes the drive of an earlier argument, as in ("C:", "/", "a").
                for earlier in remaining:
                    if not earlier:
                        continue
                    if flavour.altsep:
                        earlier = earlier.replace(flavour.altsep, sep)
                    drv = flavour.splitroot(earlier)[0]
                    if drv:
                        break
            break
    if drv or root:
        parsed.append(drv + root)
    parsed.reverse()
    return drv, root, parsed


def _fspath_of(a):
    if isinstance(a, PurePath):
        return a._str_parts()
    if isinstance(a, str):
        return a
    if hasattr(type(a), '__fspath__'):
        a = a.__fspath__()
        if isinstance(a, str):
            return a
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(a).__name__)


class _PathParents:
    """The immutable sequence of a path's logical ancestors."""

    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root, self._parts[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """Base class for manipulating paths without I/O."""

    __slots__ = ('_drv', '_root', '_parts')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        texts = [_fspath_of(a) for a in args]
        drv, root, parts = _parse_parts(cls._flavour, texts)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = list(parts)
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        return cls._flavour.sep.join(parts)

    def _make_child(self, args):
        texts = [self._str_parts()] + [_fspath_of(a) for a in args]
        drv, root, parts = _parse_parts(self._flavour, texts)
        return self._from_parsed_parts(drv, root, parts)

    def _str_parts(self):
        return self._format_parsed_parts(self._drv, self._root, self._parts) or '.'

    def __str__(self):
        return self._str_parts()

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/) slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return str(self).encode('utf-8', 'surrogateescape')

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        if self._flavour is _windows_flavour:
            drive = self._drv
            if len(drive) == 2 and drive[1] == ':':
                rest = self.as_posix()[2:].lstrip('/')
                return 'file:///%s/%s' % (drive, quote_from_bytes(rest.encode('utf-8')))
            return 'file:' + quote_from_bytes(self.as_posix().encode('utf-8'))
        return 'file://' + quote_from_bytes(str(self).encode('utf-8', 'surrogateescape'))

    @property
    def _cparts(self):
        return self._flavour.casefold_parts(self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        return hash(tuple(self._cparts))

    def _compare(self, other, op):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return op(self._cparts, other._cparts)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    drive = property(lambda self: self._drv, doc="The drive prefix (letter or UNC path), if any.")
    root = property(lambda self: self._root, doc="The root of the path, if any.")

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = _parse_parts(f, (name,))
        if (not name or name[-1] in [f.sep, f.altsep] or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed (or added, if none)."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def _abs_parts(self):
        if self._root:
            return [self._drv, self._root] + self._parts[1:]
        return self._parts

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed arguments."""
        if not other:
            raise TypeError("need at least one argument")
        to = self._from_parts(other)
        abs_parts = self._abs_parts()
        to_abs_parts = to._abs_parts()
        n = len(to_abs_parts)
        cf = self._flavour.casefold_parts
        if (self._root or self._drv) if n == 0 else cf(abs_parts[:n]) != cf(to_abs_parts):
            formatted = self._format_parsed_parts(to._drv, to._root, to._parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts('', self._root if n == 1 else '', abs_parts[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """An object providing sequence-like access to the components in the filesystem path."""
        return tuple(self._parts)

    def joinpath(self, *args):
        """Combine this path with one or several arguments."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        if not parts:
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable, a drive)."""
        if not self._root:
            return False
        return self._flavour is _posix_flavour or bool(self._drv)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved by the system."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Return True if this path matches the given pattern."""
        f = self._flavour
        drv, root, pat_parts = _parse_parts(f, (f.casefold(path_pattern),))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != f.casefold(self._drv):
            return False
        if root and root != f.casefold(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems."""
    _flavour = _windows_flavour
    __slots__ = ()



def _is_wildcard(pat):
    return '*' in pat or '?' in pat or '[' in pat


class Path(PurePath):
    """PurePath subclass that can make system calls."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return self

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        return cls("~").expanduser()

    def iterdir(self):
        """Yield path objects of the directory contents ('.' and '..' excluded)."""
        for name in os.listdir(str(self)):
            yield self._make_child_relpath(name)

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files matching the relative pattern."""
        drv, root, pattern_parts = _parse_parts(self._flavour, (pattern,))
        if not pattern_parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            pattern_parts.append('')
        yield from self._select(self, pattern_parts)

    def rglob(self, pattern):
        """Like glob() with '**/' added in front of the pattern."""
        drv, root, pattern_parts = _parse_parts(self._flavour, (pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            pattern_parts.append('')
        yield from self._select(self, ['**'] + pattern_parts)

    def _select(self, path, parts):
        if not parts:
            yield path
            return
        pat, rest = parts[0], parts[1:]
        if pat == '':
            if path.is_dir():
                yield path
        elif pat == '**':
            seen = set()
            for directory in self._walk_dirs(path):
                for found in self._select(directory, rest):
                    if found not in seen:
                        seen.add(found)
                        yield found
        elif _is_wildcard(pat):
            if not path.is_dir():
                return
            for name in os.listdir(str(path)):
                child = path._make_child_relpath(name)
                if rest and not child.is_dir():
                    continue
                if fnmatch.fnmatchcase(self._flavour.casefold(name), self._flavour.casefold(pat)):
                    yield from self._select(child, rest)
        else:
            child = path._make_child_relpath(pat)
            if child.exists():
                yield from self._select(child, rest)

    def _walk_dirs(self, path):
        yield path
        if not path.is_dir():
            return
        for name in os.listdir(str(path)):
            child = path._make_child_relpath(name)
            if child.is_dir():
                yield from self._walk_dirs(child)

    def absolute(self):
        """Return an absolute version of this path by prepending the current directory."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """Make the path absolute and normalize '..' components."""
        s = os.path.normpath(os.path.abspath(str(self)))
        if strict and not os.path.exists(s):
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return self._from_parts((s,))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file pointed to by this path and return a file object."""
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file if it does not exist."""
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        if self.exists():
            if not exist_ok or not self.is_dir():
                raise FileExistsError(17, 'File exists', str(self))
            return
        if not parents and not self.parent.is_dir():
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        if parents:
            os.makedirs(str(self), exist_ok=True)
        else:
            os.mkdir(str(self))

    def unlink(self, missing_ok=False):
        """Remove this file or link."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory; it must be empty."""
        os.rmdir(str(self))

    def rename(self, target):
        """Rename this path to the target path; returns the new Path."""
        os.rename(str(self), os.fspath(target))
        return self.__class__(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting it if it exists."""
        os.replace(str(self), os.fspath(target))
        return self.__class__(target)

    def exists(self):
        """Whether this path exists."""
        return os.path.exists(str(self))

    def is_dir(self):
        """Whether this path is a directory."""
        return os.path.isdir(str(self))

    def is_file(self):
        """Whether this path is a regular file."""
        return os.path.isfile(str(self))

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs."""
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems."""
    __slots__ = ()
