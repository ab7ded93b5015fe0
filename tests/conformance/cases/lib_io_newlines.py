# StringIO and TextIOWrapper newline modes: translation on write and read, line splitting, newlines.
import io

for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\rb\r\nc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    print("write returns", s.write('x\ny\r'))
    s.seek(0)
    print(repr(s.read()), list(io.StringIO('a\rb\r\nc\nd\r', newline=nl)), s.tell())
    s.seek(0)
    print([s.readline(2), s.readline(), s.readline(-1)])
    w = io.TextIOWrapper(io.BytesIO(b'a\rb\r\nc\nd\r'), newline=nl)
    print(repr(w.readline()), list(w), w.newlines)
    b = io.BytesIO()
    w = io.TextIOWrapper(b, newline=nl)
    w.write('1\n2\r\n')
    w.flush()
    print(b.getvalue())

for bad in ['x', 5, '\n\r']:
    try:
        io.StringIO(newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    io.StringIO(5)
except TypeError as e:
    print(e)
s = io.StringIO('ab\ncd\nef')
print(s.readline(1), s.readline(5), s.readlines(1), repr(s.readline(0)), s.readlines())
print(io.StringIO('a\nbb\nccc\n').readlines(3), io.StringIO(None).getvalue() == '')
s = io.StringIO(newline=None)
s.write('a\r')
s.write('\nb')
print(repr(s.getvalue()), s.newlines)
s = io.StringIO('only\n', newline='')
print(s.newlines, list(s))
print(io.BytesIO(b'a\rb\nc').readlines(), io.BytesIO(b'x\ny\nz').readlines(2))
print([line for line in io.StringIO('one\rtwo\r\nthree', newline='')])
print(io.StringIO('\r\r\n\n', newline='').readlines(), io.StringIO('\r\r\n\n').readlines())
