# open(): binary and text files in every mode: seek, tell, truncate, readinto, read/readline sizes,
# newline modes, append, and writes that reach the file on flush and close.
import io
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'data.bin')

with open(path, 'w+b') as f:
    print(type(f).__name__, f.seekable(), f.readable(), f.writable())
    print(f.write(b'hello\nworld\n'), f.tell())
    print(f.seek(0), f.read(5), f.tell(), f.readline(), f.readline(3), f.readline())
    print(f.seek(-3, 2), f.read(), f.seek(2), f.seek(1, 1), f.read(2))
    print(f.truncate(4), f.tell(), f.seek(0, 2))
    buf = bytearray(3)
    f.seek(0)
    print(f.readinto(buf), buf, f.readinto(bytearray(10)))
    f.seek(0)
    print(f.read1(2), f.read(), f.read(4))
    f.write(bytearray(b'XY'))
    f.write(memoryview(b'Z'))
    f.flush()
    with open(path, 'rb') as g:
        print("seen after flush", g.read())

with open(path, 'r+b') as f:
    print(type(f).__name__, f.read(2), f.tell())
    f.write(b'__')
    f.seek(0)
    print(f.read(), f.readlines())
    f.seek(0)
    print(f.readlines(), f.seek(0), f.readlines(3))
with open(path, 'rb') as f:
    print(type(f).__name__, f.read(), list(f), f.seekable())
    for bad in (lambda: f.seek(-1), lambda: f.seek(0, 5), lambda: f.write(b'x'), lambda: f.truncate()):
        try:
            bad()
        except (ValueError, OSError) as e:
            print(type(e).__name__, isinstance(e, io.UnsupportedOperation), e)

with open(path, 'ab') as f:
    print(type(f).__name__, f.tell(), f.write(b'+end'), f.tell())
    f.seek(0)
    f.write(b'!')
    f.flush()
    print("append goes to the end", f.tell())
with open(path, 'a+b') as f:
    print(f.tell(), f.seek(0), f.read())
with open(path, 'wb') as f:
    print(type(f).__name__, f.readable(), f.tell())
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, isinstance(e, io.UnsupportedOperation), e)
print(os.path.getsize(path))

tpath = os.path.join(d, 'text.txt')
with open(tpath, 'w+') as f:
    print(type(f).__name__, f.seekable(), f.encoding, f.errors)
    print(f.write('one\ntwo\r\nthree\rfour\n'), f.tell())
    print(f.seek(0), repr(f.readline()), f.tell(), repr(f.read(5)), f.tell())
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print(repr(f.read()), f.tell())
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    print(f.seek(0, 2), f.seek(4), repr(f.readline(2)), f.tell(), f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(tpath, 'r+') as f:
    print(repr(f.read(3)), f.tell())
    f.write('X')
    f.seek(0)
    print(repr(f.read()))
with open(tpath, 'a+') as f:
    f.write('more\n')
    print(f.tell(), f.seek(0), repr(f.read()))
for nl in (None, '', '\n', '\r', '\r\n'):
    with open(tpath, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd')
    with open(tpath, 'rb') as f:
        raw = f.read()
    with open(tpath, newline=nl) as f:
        lines = list(f)
    with open(tpath, newline=nl) as f:
        print(repr(nl), raw, lines, repr(f.read()), f.newlines)
with open(tpath, 'w', newline='') as f:
    f.write('a\nb\n')
with open(tpath) as f:
    print(f.newlines, f.readline(), f.newlines, f.read(), f.newlines)
with open(tpath, 'w', encoding='utf-8') as f:
    f.write('h\u00e9\U0001F600!\n')
with open(tpath, encoding='utf-8') as f:
    print(repr(f.read(2)), f.tell(), repr(f.read(1)), f.tell(), repr(f.read()))
with open(tpath, 'rb') as f:
    print(f.read())
with open(tpath, encoding='latin-1') as f:
    print(repr(f.read()), f.encoding)
for args in (('rw',), ('rbt',), ('b',), ('rb', -1, 'utf-8'), ('r', -1, None, None, 'x')):
    try:
        open(tpath, *args)
    except ValueError as e:
        print("ValueError", e)
f = open(tpath)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    open(os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
w = open(tpath, 'w')
w.write('written')
w.close()
print(open(tpath).read())
