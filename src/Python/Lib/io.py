"""Streams: in-memory text and bytes buffers, and open() (this implementation's own module)."""

import abc
import _io

__all__ = ["StringIO", "BytesIO", "TextIOWrapper", "open", "SEEK_SET", "SEEK_CUR", "SEEK_END", "UnsupportedOperation",
           "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase", "DEFAULT_BUFFER_SIZE", "BufferedReader",
           "BufferedWriter", "BufferedRandom"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open
BufferedReader = _io.BufferedReader
BufferedWriter = _io.BufferedWriter
BufferedRandom = _io.BufferedRandom


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase(metaclass=abc.ABCMeta):
    """The base of every stream class (an ABC: open()'s native classes are registered)."""


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


BufferedIOBase.register(BufferedReader)
BufferedIOBase.register(BufferedWriter)
BufferedIOBase.register(BufferedRandom)
TextIOBase.register(_io.TextIOWrapper)


def _line_end(text, start, split):
    """Where the line starting at start ends: after split, after any of \\r, \\n, \\r\\n when split is None, or at the end."""
    if split is not None:
        i = text.find(split, start)
        return len(text) if i < 0 else i + len(split)
    cr = text.find("\r", start)
    lf = text.find("\n", start)
    if cr < 0 and lf < 0:
        return len(text)
    if cr < 0 or 0 <= lf < cr:
        return lf + 1
    return cr + 2 if text.startswith("\n", cr + 1) else cr + 1


_NEWLINE_KINDS = ("\r", "\n", "\r\n")


def _newlines_seen(seen):
    kinds = tuple(kind for kind in _NEWLINE_KINDS if kind in seen)
    if not kinds:
        return None
    return kinds[0] if len(kinds) == 1 else kinds


def _note_newlines(text, seen):
    crlf = text.count("\r\n")
    if crlf:
        seen.add("\r\n")
    if text.count("\r") > crlf:
        seen.add("\r")
    if text.count("\n") > crlf:
        seen.add("\n")


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline!r}")


class _Buffer:
    _empty = ""
    _closed_message = "I/O operation on closed file."
    _negative_seek = "negative seek value %d"
    _split = b"\n"

    def __init__(self, initial=None):
        self._value = self._empty if initial is None else initial
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def getvalue(self):
        self._check()
        return self._value

    def read(self, size=-1):
        self._check()
        end = len(self._value) if size is None or size < 0 else min(len(self._value), self._pos + size)
        data = self._value[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check()
        end = _line_end(self._value, self._pos, self._split)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._value[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def write(self, data):
        self._check()
        if isinstance(self._empty, str):
            if not isinstance(data, str):
                raise TypeError(f"string argument expected, got '{type(data).__name__}'")
        elif isinstance(data, (bytearray, memoryview)):
            data = bytes(data)
        elif not isinstance(data, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
        value = self._value
        if self._pos > len(value):
            value = value + ("\0" if isinstance(value, str) else b"\0") * (self._pos - len(value))
        self._value = value[:self._pos] + data + value[self._pos + len(data):]
        self._pos += len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        pos = pos.__index__()
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError(self._negative_seek % pos)
        if isinstance(self._empty, str) and whence and pos:
            # CPython 3.11 gives this text for end-relative seeks too.
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._value)
        self._pos = max(0, pos)
        return self._pos

    def fileno(self):
        self._check()
        raise UnsupportedOperation("fileno")

    def isatty(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return False

    def detach(self):
        raise UnsupportedOperation("detach")

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        self._value = self._value[:size]
        return size

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


class StringIO(_Buffer, TextIOBase):
    """An in-memory text stream; newline works as TextIOWrapper's, None writing "\\n"."""
    _empty = ""
    _closed_message = "I/O operation on closed file"
    _negative_seek = "Negative seek position %d"

    def __init__(self, initial_value="", newline="\n"):
        _check_newline(newline)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        super().__init__("")
        self._newline = newline
        self._split = "\n" if newline is None else (newline or None)
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def newlines(self):
        return _newlines_seen(self._seen) if self._newline in (None, "") else None

    @property
    def line_buffering(self):
        return False

    def write(self, data):
        if not isinstance(data, str) or self.closed:
            return super().write(data)
        if self._newline in (None, ""):
            _note_newlines(data, self._seen)
        text = data
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline in ("\r", "\r\n"):
            text = text.replace("\n", self._newline)
        super().write(text)
        return len(data)


class BytesIO(_Buffer, BufferedIOBase):
    """An in-memory bytes stream."""
    _empty = b""

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes))

    def getbuffer(self):
        self._check()
        return memoryview(self._value)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    readinto1 = readinto




class TextIOWrapper(TextIOBase):
    """A text stream over a binary buffer: str encoded on write, decoded on read with the newline rules of open()."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        _check_newline(newline)
        self.buffer = buffer
        self.encoding = "utf-8" if encoding is None or encoding == "locale" else encoding
        self.errors = "strict" if errors is None else errors
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._newline = newline
        self._split = "\n" if newline is None else (newline or None)
        self._seen = set()
        self._pending = ""

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        return _newlines_seen(self._seen) if self._newline in (None, "") else None

    def _check(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if self._pending:
            self.buffer.seek(self.tell())
            self._pending = ""
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        if self.line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    def _fill(self):
        data = self.buffer.read()
        if data:
            text = bytes(data).decode(self.encoding, self.errors)
            if self._newline in (None, ""):
                _note_newlines(text, self._seen)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._pending += text

    def read(self, size=-1):
        self._check()
        self._fill()
        if size is None or size < 0:
            data, self._pending = self._pending, ""
        else:
            data, self._pending = self._pending[:size], self._pending[size:]
        return data

    def readline(self, size=-1):
        self._check()
        self._fill()
        end = _line_end(self._pending, 0, self._split)
        if size is not None and size >= 0:
            end = min(end, size)
        data, self._pending = self._pending[:end], self._pending[end:]
        return data

    def tell(self):
        """The buffer's position less what was read ahead (exact when no newline was translated)."""
        self._check()
        return self.buffer.tell() - len(self._pending.encode(self.encoding, self.errors))

    def seek(self, cookie, whence=0):
        self._check()
        self.flush()
        self._pending = ""
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        return self.buffer.truncate(self.tell() if pos is None else pos)

    def readlines(self, hint=-1):
        return _Buffer.readlines(self, hint)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            self.flush()
            self.buffer.close()

    def detach(self):
        buffer, self.buffer = self.buffer, None
        return buffer

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
