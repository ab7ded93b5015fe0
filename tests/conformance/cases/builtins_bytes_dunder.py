# bytes(x) asks x.__bytes__ first (bytearray never does); subclasses, bad results and the other sources.
class A:
    def __bytes__(self):
        return b'xy'


class B(bytes):
    pass


class Wrong:
    def __bytes__(self):
        return 'text'


class ByteArrayResult:
    def __bytes__(self):
        return bytearray(b'ba')


class Own(bytes):
    def __bytes__(self):
        return b'own'


class GivesSubclass:
    def __bytes__(self):
        return B(b'q')


class Index:
    def __index__(self):
        return 3


class Both(Index):
    def __bytes__(self):
        return b'both'


class NoneBytes(Index):
    __bytes__ = None


print(bytes(A()), B(A()), type(B(A())).__name__, bytes(Own(b'abc')), type(bytes(GivesSubclass())).__name__)
print(bytes(Index()), bytearray(Index()), bytes(Both()), bytearray(Both()))
for bad in (Wrong(), ByteArrayResult(), NoneBytes()):
    try:
        bytes(bad)
    except TypeError as e:
        print("TypeError", e)
for call in (lambda: bytearray(A()), lambda: bytes(A(), 'utf-8'), lambda: bytes(object()), lambda: bytes(5, errors='strict'),
             lambda: bytes(errors='strict'), lambda: bytes(encoding='utf-8'), lambda: bytes('x'), lambda: bytearray(object())):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(bytes(memoryview(b'mv')), b'x'.__bytes__(), bytes(bytearray(b'ba')), bytes([1, 2]), bytes(range(3)))
print(bytes('é', 'utf-8'), bytes(B(b'sub')), type(bytes(B(b'sub'))).__name__, B(b'raw'), B(3))
