# The file-descriptor calls of os: open flags, read/write/lseek, pipes, dup, fdopen and open(fd).
import os
import tempfile

old_mask = os.umask(0o022)
d = tempfile.mkdtemp()
p = os.path.join(d, "data.bin")

fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"more\n")), os.write(fd, memoryview(b"")))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, -5, os.SEEK_END))
os.close(fd)

fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 5))
st = os.fstat(fd)
print(st.st_size, oct(st.st_mode & 0o777), st.st_nlink, st.st_ino == os.stat(p).st_ino, os.stat(fd) == st)
print("inheritable:", os.get_inheritable(fd))
os.set_inheritable(fd, True)
print("inheritable:", os.get_inheritable(fd))
os.close(fd)
for call in (lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.write(fd, b"x"), lambda: os.fstat(fd),
             lambda: os.lseek(fd, 0, 0), lambda: os.dup(fd), lambda: os.ftruncate(fd, 0)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e)

fd = os.open(p, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"tail\n")
os.close(fd)
with open(p, "rb") as f:
    print(f.read())

fd = os.open(p, os.O_RDWR)
os.ftruncate(fd, 4)
os.fsync(fd)
print(os.fstat(fd).st_size, os.read(fd, 10))
os.close(fd)

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.isatty(r))
os.write(w, b"through the pipe")
os.close(w)
print(os.read(r, 7), os.read(r, 100), os.read(r, 100))
os.close(r)
try:
    r, w = os.pipe()
    os.lseek(r, 0, os.SEEK_SET)
except OSError as e:
    print(type(e).__name__, e)
finally:
    os.closerange(min(r, w), max(r, w) + 1)
print(os.isatty(r), os.isatty(w))

with os.fdopen(os.open(p, os.O_RDONLY)) as f:
    print(repr(f.read()), f.name == f.fileno(), type(f).__name__, f.mode)
with os.fdopen(os.open(p, os.O_RDONLY), "rb") as f:
    print(f.read(2), type(f).__name__, repr(f) == f"<_io.BufferedReader name={f.fileno()}>")
fd = os.open(p, os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(f.read())
print(os.read(fd, 2) == b"", os.lseek(fd, 0, 0), os.read(fd, 2))
os.close(fd)

with open(p, "rb") as f:
    fd2 = os.dup(f.fileno())
    print(fd2 != f.fileno(), os.get_inheritable(fd2), os.read(fd2, 2))
    r0, w0 = os.pipe()
    print(os.dup2(fd2, w0) == w0, os.get_inheritable(w0), os.read(w0, 2))
    os.dup2(fd2, r0, inheritable=False)
    print(os.get_inheritable(r0))
    for n in (r0, w0, fd2):
        os.close(n)

r, w = os.pipe()
with open(w, "w") as out:
    out.write("text through a file object\n")
with open(r) as inp:
    print(inp.readline(), end="")

for call in (lambda: os.fdopen("x"), lambda: open(-5), lambda: open(p, closefd=False), lambda: os.write(1, "str"),
             lambda: os.read(0, -1), lambda: os.open(os.path.join(d, "no", "such"), os.O_RDONLY)):
    try:
        call()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace(d, "<dir>"))
try:
    os.open(p, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == p)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.O_CLOEXEC, os.O_NONBLOCK)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_ACCMODE, os.O_DIRECTORY, os.O_NOFOLLOW, os.O_SYNC)

os.remove(p)
os.rmdir(d)
os.umask(old_mask)
print(os.path.exists(d))
