# Encoding errors report code-point positions; namereplace and the other error handlers see one character per code point.
s = "ab🐍c\U00010000\u20ac"
for enc in ["ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, e.start, e.end, repr(e.object[e.start:e.end]))
for t in ["🐍", "x🐍", "\U0010ffff"]:
    try:
        t.encode("ascii")
    except UnicodeEncodeError as e:
        print(str(e), e.start, e.end)
print("🐍".encode("utf-8"), "🐍".encode("utf-16-le"), "🐍".encode("utf-32-le"), b"\xf0\x9f\x90\x8d".decode(), len(b"\xf0\x9f\x90\x8d".decode()))
print("\x00\x7f\xa0".encode("ascii", "namereplace"), "\u0301\u00e9".encode("ascii", "namereplace"), "\U00020000".encode("ascii", "namereplace"))
try:
    "🐍\ud800x".encode("utf-8")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
print("🐍\ud800x".encode("utf-8", "replace"), "🐍\ud800x".encode("utf-8", "backslashreplace"), "🐍\ud800".encode("utf-8", "xmlcharrefreplace"))
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
print("é".encode("ascii", "bogus") if False else "ok", "x".encode("ascii", "bogus"))
