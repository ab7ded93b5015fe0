import fnmatch, getopt, secrets
pats = ['*.py', 'a*b*c', '?x[!a-c]', '[]x]*', '[a-', 'x[z-a]y', '[!]', '[^a]', 'a**b', '*', '[a&&b]', 'data.[ch]', '[b-a-c]']
for p in pats:
    print(repr(p), fnmatch.translate(p))
names = ['a.py', 'b.PY', 'abc', 'aXbYc', 'zxd', ']x1', 'data.c', 'data.h', 'data.o', 'x-y', '^', 'b', '-']
for p in pats:
    print(repr(p), fnmatch.filter(names, p), [fnmatch.fnmatchcase(n, p) for n in names[:4]])
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase(b'a.py', b'*.py'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
print(getopt.getopt(['-a', '-bval', '-c', 'x', '--long', '--opt=1', '--op2', 'v', 'rest', '-z'], 'ab:c:', ['long', 'opt=', 'op2=']))
print(getopt.getopt(['-ab', '--', '-c'], 'ab'), getopt.getopt(['--lo'], '', 'long'), getopt.getopt(['-'], 'a'))
print(getopt.gnu_getopt(['x', '-a', 'y', '--long', 'z', '--', '-b'], 'ab', ['long']), getopt.gnu_getopt(['x', '-a'], '+a'))
for args, short, longs in [(['-x'], 'a', []), (['-c'], 'c:', []), (['--nope'], '', ['long']), (['--long=3'], '', ['long']),
                           (['--lo'], '', ['long', 'lots']), (['--opt'], '', ['opt='])]:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), repr(e.opt), e.args, getopt.error is getopt.GetoptError)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(8)), all(c in '0123456789abcdef' for c in secrets.token_hex()))
t = secrets.token_urlsafe(30)
print(len(t), '=' not in t, '+' not in t and '/' not in t)
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.choice('x'), secrets.compare_digest('ab', 'ab'), secrets.compare_digest(b'ab', b'ac'))
print(0 <= secrets.randbits(8) < 256, secrets.DEFAULT_ENTROPY)
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
