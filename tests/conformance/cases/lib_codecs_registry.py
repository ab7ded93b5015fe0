import codecs, io, os, tempfile
def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d:%d>" % (exc.start, exc.end), exc.end)
    return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error("mine", handler)
print(codecs.lookup_error("mine") is handler)
print("aé€b".encode("ascii", "mine"), "aé€b".encode("latin-1", "mine"), "a\udc80b".encode("utf-8", "mine"))
print(b"a\xff\xfeb".decode("utf-8", "mine"), b"a\x81b".decode("cp1252", "mine"), b"a\xffb".decode("ascii", "mine"))
codecs.register_error("skip2", lambda e: ("", e.end + 1) if isinstance(e, UnicodeEncodeError) else ("?", e.end + 1))
print("aébcd".encode("ascii", "skip2"), b"a\xffbcd".decode("ascii", "skip2"))
codecs.register_error("back", lambda e: ("!", -1))
print(b"a\xffbc".decode("ascii", "back")[:10] if False else "")
codecs.register_error("bad", lambda e: "x")
for f in [lambda: "é".encode("ascii", "bad"), lambda: b"\xff".decode("ascii", "bad"), lambda: "é".encode("ascii", "nosuch"), lambda: b"\xff".decode("utf-8", "nosuch")]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
codecs.register_error("far", lambda e: ("", 100))
try: b"\xff".decode("ascii", "far")
except IndexError as e: print("IndexError", e)
codecs.register_error("bytesrep", lambda e: (b"\x00\x01", e.end))
print("aéb".encode("latin-1", "bytesrep") if False else "", "aéb".encode("ascii", "bytesrep"))
try: codecs.register_error("x", 1)
except TypeError as e: print(e)

def rot_search(name):
    if name == "my_rot":
        return codecs.CodecInfo(name="my-rot", encode=lambda s, errors="strict": (s.swapcase().encode("ascii"), len(s)),
                                decode=lambda b, errors="strict": (bytes(b).decode("ascii").swapcase(), len(b)))
    if name == "bytes_only":
        return codecs.CodecInfo(name="bytes-only", encode=lambda s, e="strict": (s, len(s)), decode=lambda b, e="strict": (b, len(b)), _is_text_encoding=False)
    if name == "wrong":
        return codecs.CodecInfo(name="wrong", encode=lambda s, e="strict": (s, len(s)), decode=lambda b, e="strict": (b, len(b)))
    if name == "notuple":
        return 42
    return None
codecs.register(rot_search)
print("Hello".encode("My-Rot"), b"hELLO".decode("my rot"), codecs.encode("Abc", "my_rot"), codecs.lookup("MY_ROT").name)
print(repr(codecs.lookup("my_rot"))[:42])
for f in [lambda: "x".encode("bytes_only"), lambda: b"x".decode("bytes-only"), lambda: "x".encode("wrong"), lambda: b"x".decode("wrong"), lambda: codecs.lookup("notuple"), lambda: codecs.encode("x", "bytes_only")]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
codecs.unregister(rot_search)
try: "x".encode("my_rot")
except LookupError as e: print(e)
try: codecs.register(1)
except TypeError as e: print(e)
try: codecs.getincrementaldecoder("nope")
except LookupError as e: print(e)

d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with codecs.open(p, "w", "utf-16") as f:
    print(type(f).__name__, f.encoding)
    f.write("héllo\nwörld\n")
with open(p, "rb") as f:
    print(f.read())
with codecs.open(p, "r", "utf-16") as f:
    print(f.readline(), list(f))
f = codecs.open(p, "rb")
print(type(f).__name__, f.read()[:4]); f.close()
raw = io.BytesIO("grüße\n".encode("latin-1"))
rec = codecs.EncodedFile(raw, "utf-8", "latin-1")
print(rec.read(), rec.data_encoding, rec.file_encoding)
out = io.BytesIO()
rec = codecs.EncodedFile(out, "utf-8", "latin-1")
rec.write("grüße".encode("utf-8"))
print(out.getvalue())
srw = codecs.StreamReaderWriter(io.BytesIO(b"ab\xc3\xa9\ncd"), codecs.getreader("utf-8"), codecs.getwriter("utf-8"))
print(srw.read(), srw.encoding)
w = codecs.getwriter("ascii")(io.BytesIO(), "xmlcharrefreplace")
w.write("é"); print(w.getvalue(), w.errors)
r = codecs.getreader("utf-8")(io.BytesIO(b"a\r\nb\rc\n\nd"))
print([r.readline(keepends=False) for _ in range(6)])
r = codecs.getreader("utf-8")(io.BytesIO(b"one\ntwo\nthree"))
print(list(r))
print(codecs.make_encoding_map({1: 2, 3: 2, 4: 5}), codecs.make_identity_dict(range(3)))
print(list(codecs.iterencode(["a", "é", ""], "utf-16")))
ci = codecs.CodecInfo(None, None, name="x")
print(ci.name, ci.incrementalencoder, len(ci), ci._is_text_encoding)
class R(codecs.StreamReader):
    pass
try: R(io.BytesIO(b"x")).read()
except NotImplementedError: print("NotImplementedError")
os.remove(p); os.rmdir(d)
e=UnicodeTranslateError('abc',1,2,'x'); print(str(e), e.encoding, e.object, e.args)
print(str(UnicodeTranslateError('abc',0,2,'y')), str(UnicodeTranslateError('a\u20ac',1,2,'z')))
import codecs
try:
    e = UnicodeTranslateError('abc', 1, 2, 'x')
    print(codecs.replace_errors(e), codecs.backslashreplace_errors(e))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    codecs.xmlcharrefreplace_errors(UnicodeDecodeError('ascii', b'\xff', 0, 1, 'x'))
except TypeError as ex:
    print(ex)
print("a\udc80".encode("utf-16", "surrogatepass"))
