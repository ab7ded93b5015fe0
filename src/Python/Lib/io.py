"""Streams: in-memory text and bytes buffers, and open() (this implementation's own module)."""

__all__ = ["StringIO", "BytesIO", "open", "SEEK_SET", "SEEK_CUR", "SEEK_END", "UnsupportedOperation"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class _Buffer:
    _empty = ""

    def __init__(self, initial=None):
        self._value = self._empty if initial is None else initial
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

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
        newline = "\n" if isinstance(self._value, str) else b"\n"
        i = self._value.find(newline, self._pos)
        end = len(self._value) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._value[self._pos:end]
        self._pos = end
        return data

    def readlines(self, hint=-1):
        return list(iter(self.readline, self._empty))

    def write(self, data):
        self._check()
        if not isinstance(data, type(self._empty)):
            raise TypeError(f"{'string' if isinstance(self._empty, str) else 'a bytes-like object'} argument expected, got '{type(data).__name__}'")
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
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._value)
        self._pos = max(0, pos)
        return self._pos

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


class StringIO(_Buffer):
    """An in-memory text stream."""
    _empty = ""

    def __init__(self, initial_value="", newline="\n"):
        super().__init__(initial_value or "")


class BytesIO(_Buffer):
    """An in-memory bytes stream."""
    _empty = b""

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes))

    def getbuffer(self):
        return self._value


