"""Regular expressions: Python's re surface over the engine's _re matcher (.NET Regex)."""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG",
    "RegexFlag",
]

__version__ = "2.2.1"

_FLAG_NAMES = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
    ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """The re flags: ints that print as re.NAME|re.NAME."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _names(self):
        value = int(self)
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append(name)
                value &= ~bit
        return names, value

    @property
    def name(self):
        names, rest = self._names()
        if rest or not names:
            return None
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        names, rest = self._names()
        parts = ["re." + n for n in names]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts) if parts else "re.NOFLAG"

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


RegexFlag.__module__ = "re"
NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

# Names the flags are shown with in a Pattern's repr, in CPython's order.
_REPR_FLAGS = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8),
    ("re.DOTALL", 16), ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
)


class error(Exception):
    """A pattern or a replacement template that is not valid."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            msg = "%s at position %d" % (msg, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"
PatternError = error


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("_prog", "_pattern", "_templates", "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._prog.flags

    @property
    def groups(self):
        return self._prog.groups

    @property
    def groupindex(self):
        return self._prog.groupindex

    def match(self, string, pos=0, endpos=None):
        return self._prog.find(string, pos, endpos, 1, self)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._prog.find(string, pos, endpos, 2, self)

    def search(self, string, pos=0, endpos=None):
        return self._prog.find(string, pos, endpos, 0, self)

    def findall(self, string, pos=0, endpos=None):
        return self._prog.findall(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._prog.scan(string, pos, endpos, 0, self))

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [_sliceable(string)[:]]
        if string.__class__ is str:
            return self._prog.split_text(string, maxsplit)
        string = _sliceable(string)
        groups = self._prog.groups
        result = []
        last = 0
        for spans in self._prog.scan(string, 0, None, maxsplit, None):
            result.append(string[last:spans[1]])
            for g in range(1, groups + 1):
                s = spans[2 * g + 1]
                result.append(string[s:spans[2 * g + 2]] if s >= 0 else None)
            last = spans[2]
        result.append(string[last:])
        return result

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        text = _sliceable(string)
        if count < 0:
            return text[:], 0
        is_callable = callable(repl)
        if text.__class__ is str:
            if is_callable:
                return self._prog.sub_text(repl, text, count, self)
            return self._prog.sub_text(self._template(repl), text, count, None)
        pieces = []
        last = 0
        n = 0
        if is_callable:
            for match in self._prog.scan(string, 0, None, count, self):
                start, end = match.span()
                if start > last:
                    pieces.append(text[last:start])
                piece = repl(match)
                if piece is not None:
                    pieces.append(piece)
                last = end
                n += 1
        else:
            template = self._template(repl)
            literal = template.__class__ is not tuple
            for spans in self._prog.scan(string, 0, None, count, None):
                if spans[1] > last:
                    pieces.append(text[last:spans[1]])
                if literal:
                    pieces.append(template)
                else:
                    for part in template:
                        if part.__class__ is int:
                            s = spans[2 * part + 1]
                            if s >= 0:
                                pieces.append(text[s:spans[2 * part + 2]])
                        else:
                            pieces.append(part)
                last = spans[2]
                n += 1
        if n == 0:
            return text[:], 0
        if last < len(text):
            pieces.append(text[last:])
        return text[:0].join(pieces), n

    def _expand(self, match, template):
        parsed = _parse_template(template, self)
        if parsed.__class__ is not tuple:
            return parsed
        pieces = []
        for part in parsed:
            if part.__class__ is int:
                value = match.group(part)
                if value:
                    pieces.append(value)
            else:
                pieces.append(part)
        return _sliceable(template)[:0].join(pieces)

    def _template(self, repl):
        templates = self._templates
        if templates is None:
            templates = self._templates = {}
        found = templates.get(repl)
        if found is None:
            found = _parse_template(repl, self)
            if len(templates) < 64:
                templates[repl] = found
        return found

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self._prog.flags
        if self._prog.is_text and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        text = repr(self._pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._pattern == other._pattern and self._prog.flags == other._prog.flags
                and type(self._pattern) is type(other._pattern))

    def __hash__(self):
        return hash((self._pattern, self._prog.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (compile, (self._pattern, self._prog.flags))


Pattern.__module__ = "re"


def _sliceable(string):
    """What groups are cut from: bytes for any bytes-like subject, as CPython returns."""
    if string.__class__ is str or string.__class__ is bytes or isinstance(string, str):
        return string
    if isinstance(string, (bytearray, memoryview)):
        return bytes(string)
    return string


class _Scanner:
    __slots__ = ("pattern", "_string", "_matches")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._matches = pattern.finditer(string, pos, endpos)

    def match(self):
        return next(self._matches, None)

    def search(self):
        return next(self._matches, None)


Match = _re.Match
Pattern.__class_getitem__ = classmethod(Match.__dict__["__class_getitem__"].__func__)


_OCTDIGITS = "01234567"
_DIGITS = "0123456789"
_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _parse_template(repl, pattern):
    """A replacement template: the string itself when it has no backslash, else a tuple of
    literal pieces and group numbers. Errors report CPython's messages and positions."""
    if isinstance(repl, str):
        text = repl
        is_text = True
    else:
        if not isinstance(repl, (bytes, bytearray, memoryview)):
            raise TypeError("expected str or bytes-like object, got '%s'" % type(repl).__name__)
        text = bytes(repl).decode("latin-1")
        is_text = False
    if pattern._prog.is_text != is_text:
        if is_text:
            raise TypeError("expected a bytes-like object, str found")
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    if "\\" not in text:
        return repl if is_text else bytes(repl)
    groups = pattern._prog.groups
    groupindex = pattern._prog.groupindex
    parts = []
    literal = []
    n = len(text)
    i = 0

    def fail(msg, pos):
        return error(msg, repl, pos)

    def add_group(index, pos):
        if index > groups:
            raise fail("invalid group reference %d" % index, pos)
        if literal:
            parts.append("".join(literal))
            del literal[:]
        parts.append(index)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise fail("bad escape (end of pattern)", n - 1)
        c = text[i + 1]
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                raise fail("missing <", i)
            close = text.find(">", i + 1)
            if close < 0:
                name = text[i + 1:]
                if not name:
                    raise fail("missing group name", i + 1)
                raise fail("missing >, unterminated name", i + 1)
            name = text[i + 1:close]
            if not name:
                raise fail("missing group name", close)
            i = close + 1
            if name.isidentifier():
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = groupindex[name]
            else:
                if not (name.isdigit() and name.isascii()):
                    raise fail("bad character in group name %r" % name, close - len(name))
                index = int(name)
            add_group(index, close - len(name))
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and text[i] in _OCTDIGITS:
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xFF))
        elif c in _DIGITS:
            start = i - 1
            digits = c
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if c in _OCTDIGITS and digits[1] in _OCTDIGITS and i < n and text[i] in _OCTDIGITS:
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise fail("octal escape value \\%s outside of range 0-0o377" % digits, start - 1)
                    literal.append(chr(value))
                    continue
            add_group(int(digits), start)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise fail("bad escape \\%s" % c, i - 2)
        else:
            literal.append("\\" + c)
    if literal:
        parts.append("".join(literal))
    if not is_text:
        parts = [p if p.__class__ is int else p.encode("latin-1") for p in parts]
    return tuple(parts)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")
    p = object.__new__(Pattern)
    p._prog = _re.compile(pattern, flags, error)
    p._pattern = pattern
    p._templates = None
    if isinstance(pattern, (str, bytes)):
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_SPECIAL = {c: "\\" + chr(c) for c in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    return str(pattern, "latin1").translate(_SPECIAL).encode("latin1")
