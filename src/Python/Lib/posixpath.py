"""Path operations on POSIX paths, str or bytes (this implementation's own module)."""
import _os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname", "commonprefix",
           "getsize", "getmtime", "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath", "samefile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "commonpath"]

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), "__fspath__", None)
    if fspath is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    result = fspath(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, not {type(result).__name__}")
    return result


def _seps(p):
    """The separator, dot, current and parent names in the type of p (str or bytes)."""
    if isinstance(p, bytes):
        return b"/", b".", b"..", b""
    return "/", ".", "..", ""


def _text(p):
    return p.decode("utf-8", "surrogateescape") if isinstance(p, bytes) else p


def _like(template, text):
    return text.encode("utf-8", "surrogateescape") if isinstance(template, bytes) else text


def _check_args(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or os.PathLike object, not "
                            f"{type(s).__name__!r}") from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    slash = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + slash
        for b in map(_fspath, p):
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except (TypeError, AttributeError, BytesWarning):
        _check_args("join", a, *p)
        raise
    return path


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def split(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash, dot = _seps(p)[:2]
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def normpath(path):
    path = _fspath(path)
    slash, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    initial = 1 if path.startswith(slash) else 0
    if initial and path.startswith(slash * 2) and not path.startswith(slash * 3):
        initial = 2
    parts = []
    for comp in path.split(slash):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = slash.join(parts)
    if initial:
        path = slash * initial + path
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_like(path, _os.getcwd()), path)
    return normpath(path)


def realpath(path, *, strict=False):
    path = _fspath(path)
    if strict:
        _os.stat(_text(path))
    return _like(path, _os.realpath(_text(path)))


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    slash, dot, dotdot = _seps(path)[:3]
    start = dot if start is None else _fspath(start)
    _check_args("relpath", path, start)
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    return join(*rel_list) if rel_list else dot


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    _check_args("commonpath", *paths)
    slash, dot = _seps(paths[0])[:2]
    absolute = {p.startswith(slash) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(slash) if c and c != dot] for p in paths]
    common = commonprefix(split_paths)
    prefix = slash if paths[0].startswith(slash) else paths[0][:0]
    return prefix + slash.join(common)


def expanduser(path):
    path = _fspath(path)
    tilde = _like(path, "~")
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if "HOME" not in _os.environ:
            return path
        home = _os.environ["HOME"]
    else:
        home = "/home/" + _text(path[1:i])
    home = _like(path, home).rstrip(slash)
    return (home or slash) + path[i:]


def _var_name_end(text, start):
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] == "_") and text[end].isascii():
        end += 1
    return end


def expandvars(path):
    """$name and ${name} replaced by environment values; unknown variables are left as they are."""
    path = _fspath(path)
    text = _text(path)
    if "$" not in text:
        return path
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if text.startswith("{", i + 1):
            close = text.find("}", i + 2)
            name = text[i + 2:close] if close >= 0 else ""
            end = close + 1
        else:
            end = _var_name_end(text, i + 1)
            name = text[i + 1:end]
        if name and name in _os.environ:
            out.append(_os.environ[name])
            i = end
        else:
            out.append(c)
            i += 1
    return _like(path, "".join(out))


def exists(path):
    try:
        _os.stat(_text(_fspath(path)))
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _os.lstat(_text(_fspath(path)))
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        return _os.stat(_text(_fspath(path)))[0] & 0o170000 == 0o100000
    except (OSError, ValueError):
        return False


def isdir(path):
    try:
        return _os.stat(_text(_fspath(path)))[0] & 0o170000 == 0o040000
    except (OSError, ValueError):
        return False


def islink(path):
    try:
        return _os.lstat(_text(_fspath(path)))[0] & 0o170000 == 0o120000
    except (OSError, ValueError):
        return False


def ismount(path):
    path = abspath(_text(_fspath(path)))
    if path == "/":
        return True
    if islink(path) or not isdir(path):
        return False
    try:
        with open("/proc/self/mounts") as mounts:
            return any(line.split()[1] == path for line in mounts if len(line.split()) > 1)
    except OSError:
        return False


def _stat(path):
    # os imports this module first, so it is only reachable once a call runs.
    import os
    return os.stat(path)


def getsize(path):
    return _stat(path).st_size


def getatime(path):
    return _stat(path).st_atime


def getmtime(path):
    return _stat(path).st_mtime


def getctime(path):
    return _stat(path).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(_stat(f1), _stat(f2))

