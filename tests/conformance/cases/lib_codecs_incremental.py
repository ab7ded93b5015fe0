import codecs, io
text = "aé€😀\r\nline two\nżółw\rlast"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "latin-1", "cp1252", "ascii", "unicode_escape"]:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode(enc, "replace")
    ref = data.decode(enc)
    d = codecs.getincrementaldecoder(enc)()
    out = "".join(d.decode(data[i:i+1]) for i in range(len(data))) + d.decode(b"", True)
    e = codecs.getincrementalencoder(enc)("replace")
    enc_out = b"".join(e.encode(c) for c in ref) + e.encode("", True)
    print(enc, out == ref, enc_out == data, list(codecs.iterdecode([data[:3], data[3:7], data[7:]], enc)) and "".join(codecs.iterdecode([data[:3], data[3:7], data[7:]], enc)) == ref)
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(" lines", r.readlines() == ref.splitlines(True))
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(" readline", [r.readline() for _ in range(5)])
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(" read", repr(r.read(3)), repr(r.read(2)), repr(r.read()))
    b = io.BytesIO()
    w = codecs.getwriter(enc)(b, "replace")
    w.write(ref[:5]); w.write(ref[5:]); w.writelines(["x", "y"])
    print(" write", b.getvalue() == data + "xy".encode(enc)[len(codecs.BOM_UTF16) if enc == "utf-16" else 4 if enc == "utf-32" else 3 if enc == "utf-8-sig" else 0:])
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xe2")), d.getstate(), repr(d.decode(b"\x82")), repr(d.decode(b"\xac!")))
try:
    d.decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print(e)
d.reset()
print(d.getstate())
try:
    codecs.getincrementaldecoder("utf-8")().decode(b"\xe2\x28")
except UnicodeDecodeError as e:
    print(e)
d = codecs.getincrementaldecoder("utf-16")()
print(repr(d.decode(b"\xff")), repr(d.decode(b"\xfea")), repr(d.decode(b"\x00\x3d")), repr(d.decode(b"\xd8\x00\xde")), d.getstate())
print(d.decode(b"", True) if False else "")
d = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(d.decode(b"a\xff\xe2\x82")), repr(d.decode(b"", True)))
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a"), e.encode("b"), e.getstate())
e.reset(); print(e.encode("c"))
print(codecs.decode(b"\xef\xbb\xbfabc", "utf-8-sig"), codecs.encode("abc", "utf-8-sig"))
print(codecs.utf_16_decode(b"\xfe\xff\x00a\x00"), codecs.utf_16_decode(b"a\x00\x3d\xd8", None, False), codecs.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a", None, 0, True))
print(codecs.utf_16_le_encode("a"), codecs.utf_16_encode("a", "strict", 1), codecs.utf_32_encode("a"))
print(codecs.latin_1_decode(b"ab\xff"), codecs.ascii_encode("ab"), codecs.unicode_escape_decode(b"a\\n"), codecs.raw_unicode_escape_encode("\u20ac"))
