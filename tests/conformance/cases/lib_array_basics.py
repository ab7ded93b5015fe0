import array, copy, io
from array import array as A

print(array.typecodes, array.ArrayType is A, A, repr(A('i')), type(iter(A('i'))))
for tc in array.typecodes:
    a = A(tc) if tc != 'u' else A('u', 'xyz')
    print(tc, a.typecode, a.itemsize, repr(a))
for tc, vals in [('b', [-128, 0, 127]), ('B', [0, 255]), ('h', [-32768, 32767]), ('H', [65535]), ('i', [-2**31, 2**31 - 1]),
                 ('I', [2**32 - 1]), ('l', [-2**63, 2**63 - 1]), ('L', [2**64 - 1]), ('q', [-2**63]), ('Q', [2**64 - 1]),
                 ('f', [1.5, 0.1, -2.0, 1e39]), ('d', [0.1, -0.0, float('inf')])]:
    a = A(tc, vals)
    print(repr(a), a.tolist(), a.tobytes().hex(), len(a), a.buffer_info()[1])
for tc in array.typecodes:
    for v in [-2**70, -1, 2**8, 2**16, 2**32, 2**64, 'x', 1.5, None, True]:
        try:
            A(tc, [v])
            r = 'ok'
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(tc, repr(v)[:12], r)
u = A('u', 'héllo\U0001F600')
print(u, len(u), u.tounicode(), u[1], u[-1], u.itemsize, u.tobytes()[:8])
u.fromunicode('!!')
u.append('?')
print(u, u.index('l'), u.count('l'))
a = A('i', range(10))
print(a[2], a[-1], a[2:5], a[::3], a[::-2], a[100:], a[5:2])
a[0] = 100
a[1:3] = A('i', [7, 7, 7, 7])
print(a)
a[::4] = A('i', [0, 0, 0])
print(a)
del a[1]
del a[::2]
print(a)
a.append(5)
a.extend([6, 7])
a.extend(A('i', [8]))
a.insert(0, -1)
a.insert(100, 99)
a.insert(-2, 42)
print(a, a.pop(), a.pop(0), a.pop(-1), a)
a.remove(7)
print(a, a.index(7), a.index(6, 1), a.count(7), 7 in a, 1000 in a)
a.reverse()
print(a)
b = A('h', [1, 2, 256])
b.byteswap()
print(b, b.tobytes())
b.frombytes(b'\x01\x00\x02\x00')
print(b)
c = A('d', [1.0])
c.fromlist([2.0, 3])
try:
    c.fromlist([4.0, 'x'])
except TypeError as e:
    print('TypeError', e, c)
print(c + A('d', [9.0]), c * 2, 2 * c, c * 0, c * -1)
c += A('d', [5.0])
c *= 2
print(c)
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1, 2]) < A('i', [1, 3]),
      A('i', [1, 2]) < A('i', [1, 2, 0]), A('b', [5]) >= A('b', [5]), A('i', [1]) != A('i', [1, 2]), A('i') == [])
print(A('b', b'\x01\xff'), A('B', bytearray(b'\x01\xff')), A('i', A('i', [3])), A('d', A('i', [3])), A('b', (1, 2)), A('b', iter([3])))
x = A('i', [1, 2, 3])
print(copy.copy(x), copy.deepcopy(x), copy.copy(x) is x, bytes(x), bytearray(A('B', [65, 66])))
print(x.__reduce_ex__(2))
f = io.BytesIO()
x.tofile(f)
print(f.getvalue())
f.seek(0)
y = A('i')
y.fromfile(f, 2)
print(y)
try:
    y.fromfile(f, 5)
except EOFError as e:
    print('EOFError', e, y)
class MyArray(A):
    pass
m = MyArray('i', [1])
print(repr(m), type(m + m).__name__, type(m[:]).__name__, isinstance(m, A), type(copy.copy(m)).__name__)
print(list(reversed(A('i', [1, 2, 3]))), sorted(A('i', [3, 1, 2])), sum(A('d', [0.5, 0.25])))
for f in [lambda: x.index(9), lambda: x.remove(9), lambda: A('i').pop(), lambda: x.pop(7), lambda: x[7], lambda: x.__setitem__(7, 1),
          lambda: x.frombytes(b'abc'), lambda: x.tounicode(), lambda: x.fromunicode('x'), lambda: x + [1], lambda: x + A('b'),
          lambda: x.extend(A('b')), lambda: x.__iadd__([1]), lambda: x.__setitem__(slice(0, 1), [1]),
          lambda: x.__setitem__(slice(0, 1), A('b')), lambda: A('x'), lambda: A(1), lambda: A('ab'), lambda: A('b', 'abc'),
          lambda: A('i', typecode='i'), lambda: x['x'], lambda: x * 'x', lambda: x.fromlist((1,)),
          lambda: x.__setitem__(slice(0, 3, 2), A('i', [1])), lambda: x.frombytes('s'), lambda: x.__delitem__(9),
          lambda: x.insert('x', 1), lambda: A('u', 'ab').fromunicode(1), lambda: x < 1, lambda: hash(x),
          lambda: A('b', A('u', 'a')), lambda: A(), lambda: A('i', [], 1), lambda: A('u', ['ab'])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(x)
