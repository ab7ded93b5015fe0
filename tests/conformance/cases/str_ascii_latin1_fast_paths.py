# ascii and latin-1 encode and decode in range, out of range with each error handler, and spelled several ways.
cases = [
    ("abc", "ascii", "strict"), ("é", "latin-1", "strict"), ("\u0100x", "latin-1", "replace"),
    ("é", "ascii", "ignore"), ("é", "ascii", "xmlcharrefreplace"), ("", "ascii", "strict"),
    ("a\udc80", "ascii", "surrogateescape"), ("Ab", "US-ASCII", "strict"), ("é", "Latin-1", "strict"),
    ("ÿ\u0100", "latin_1", "backslashreplace"), ("x\u20acy", "ascii", "strict"), ("\x7f\x80", "ascii", "replace"),
]
for s, e, err in cases:
    try:
        print(repr(s.encode(e, err)))
    except Exception as x:
        print(type(x).__name__, x)
for b, e in [(b"abc", "ascii"), (b"\xff", "latin-1"), (b"\xff", "ascii"), (b"", "ascii"), (b"\x80a", "latin-1"), (b"a\x7f", "ascii")]:
    try:
        print(repr(b.decode(e)))
    except Exception as x:
        print(type(x).__name__, x)
print(repr(b"\xffa".decode("ascii", "replace")), repr(b"\xffa".decode("ascii", "surrogateescape")))
print(repr(str(b"caf\xe9", "latin-1")), repr(bytes("caf\xe9", "latin-1")))
