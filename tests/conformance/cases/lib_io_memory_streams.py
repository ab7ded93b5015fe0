# io: StringIO/BytesIO seek rules and errors, read1/readinto/getbuffer, fileno, the IOBase ABCs.
import io, os, tempfile
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
s = io.StringIO("line1\nline2\nline3")
t("readline", s.readline); t("tell", s.tell); t("seek end", lambda: s.seek(0, 2)); t("seek cur 0", lambda: s.seek(0, 1))
t("seek cur 1", lambda: s.seek(1, 1)); t("seek end -1", lambda: s.seek(-1, 2)); t("seek -1", lambda: s.seek(-1)); t("seek whence 3", lambda: s.seek(0, 3))
t("seek past", lambda: s.seek(30)); t("write past", lambda: s.write("X")); t("value", s.getvalue)
t("fileno", s.fileno); t("isatty", s.isatty); t("detach", s.detach)
s.close()
t("closed seek", lambda: s.seek(0)); t("closed isatty", s.isatty)
b = io.BytesIO(b"abc\ndef")
t("read 2", lambda: b.read(2)); t("readline", b.readline); t("getbuffer", lambda: bytes(b.getbuffer())); t("read1", lambda: b.read1(1))
buf = bytearray(5)
t("readinto", lambda: b.readinto(buf)); t("buf", lambda: buf)
t("write", lambda: b.write(b"XY")); t("value", b.getvalue); t("seek 10", lambda: b.seek(10)); t("write Z", lambda: b.write(b"Z")); t("value", b.getvalue)
t("seek -1", lambda: b.seek(-1)); t("seek cur -100", lambda: b.seek(-100, 1)); t("seek end -2", lambda: b.seek(-2, 2)); t("read", b.read)
t("write str", lambda: b.write("s")); t("fileno", b.fileno); t("isatty", b.isatty)
t("readinto past end", lambda: b.readinto(bytearray(3)))
t("abcs", lambda: (issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.TextIOWrapper, io.IOBase)))
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
with open(p, "w") as f:
    t("text file abcs", lambda: (isinstance(f, io.IOBase), isinstance(f, io.TextIOBase), isinstance(f, io.BufferedIOBase)))
with open(p, "rb") as f:
    t("binary file abcs", lambda: (isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase), isinstance(f, io.TextIOBase), type(f) is io.BufferedReader))
with open(p, "wb") as f:
    t("writer", lambda: type(f) is io.BufferedWriter)
with open(p, "r+b") as f:
    t("random", lambda: type(f) is io.BufferedRandom)
os.remove(p)
os.rmdir(d)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
