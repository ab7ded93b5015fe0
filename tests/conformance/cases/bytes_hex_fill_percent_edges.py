# bytes.hex separators, fromhex whitespace and error positions, fill characters, %-formatting keys and buffers, join.
calls = [
    lambda: b"abcdef".hex(":", 2), lambda: b"abcdef".hex("-", -4), lambda: b"abc".hex("::"), lambda: b"abc".hex(""), lambda: b"abc".hex("\xe9"),
    lambda: b"abc".hex(b"|"), lambda: bytes.fromhex("61 62"), lambda: bytes.fromhex(" 6162 "), lambda: bytes.fromhex("61\n62\t63"),
    lambda: bytes.fromhex("6"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("61 6"), lambda: bytes.fromhex("616 2"), lambda: bytes.fromhex(b"61"),
    lambda: bytearray.fromhex("ff 00"), lambda: b"a".ljust(3, "x"), lambda: b"a".center(3, b"xy"), lambda: b"a".rjust(4, bytearray(b"-")),
    lambda: b"a".center(5, b"*"), lambda: b"%(a)s-%(b)d" % {b"a": b"1", b"b": 2}, lambda: b"%(a)s" % {"a": 1}, lambda: b"%s" % memoryview(b"mv"),
    lambda: b"%b" % bytearray(b"ba"), lambda: b"%s" % "x", lambda: b",".join([memoryview(b"m"), b"n", bytearray(b"o")]), lambda: b",".join(["a"]),
    lambda: hash(b"") == 0,
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
class B:
    def __bytes__(self):
        return b"from-bytes"
print(b"<%s>" % B(), b"<%b>" % (B(),))
