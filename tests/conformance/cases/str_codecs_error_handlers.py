# str.encode / bytes.decode: UTF-16/32 validity, single-byte code pages, escape codecs, every error handler.
handlers = ["strict", "replace", "ignore", "surrogatepass", "backslashreplace", "surrogateescape", "xmlcharrefreplace", "bogus"]
data = [(b"\x00\xd8", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"), (b"a\x00b", "utf-16-le"),
        (b"a\x00\x00\xd8b", "utf-16-le"), (b"abc", "utf-32-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"), (b"\xfe\xff\x00a", "utf-16"), (b"\xfe", "utf-16"), (b"\xed\xa0\x80x", "utf-8"),
        (b"\xe2\x82", "utf-8"), (b"a\x80\xffb", "ascii"), (b"\x81\x8d\x80", "cp1252"), (b"\x98\xc0", "cp1251"), (b"\xbd\xf0", "mac_roman"),
        (b"\\x4g", "unicode_escape"), (b"\\u12", "unicode_escape"), (b"\\U00110000", "unicode_escape"), (b"\\N{foo}", "unicode_escape"),
        (b"\\Nx", "unicode_escape"), (b"ab\\", "unicode_escape"), (b"\\101\\7\\\n\\N{LATIN SMALL LETTER A}\xe9\\t\\'\\a", "unicode_escape"),
        (b"\\u12", "raw_unicode_escape"), (b"\\\\u0041", "raw_unicode_escape"), (b"\\\\\\u0041\\x41", "raw_unicode_escape")]
for raw, codec in data:
    row = []
    for errors in handlers:
        try:
            row.append(repr(raw.decode(codec, errors)))
        except (UnicodeError, TypeError, LookupError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(raw, codec, " | ".join(row))
for text in ["\ud800", "a\udc80b", "x\udcff\udc80y", "\xe9\u20ac\u0101", "\U0001f600z", "ab\\\t\n\x00\x7f", "\x81"]:
    for codec in ["utf-16-le", "utf-32-be", "utf-16", "utf-8", "ascii", "latin-1", "cp1252", "unicode_escape", "raw_unicode_escape", "cp437", "koi8-r", "iso8859-15"]:
        row = []
        for errors in handlers[:7] + ["namereplace"]:
            try:
                row.append(repr(text.encode(codec, errors)))
            except (UnicodeError, TypeError, LookupError) as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(ascii(text), codec, " | ".join(row))
for name in ["1252", "437", "ibm437", "windows-1252", "WINDOWS_1252", "cp-1252", "Latin-1", "ISO-8859-15", "iso_8859-2", "8859-5", "latin 9", "KOI8-R", " utf8 ", "U.T.F-8", "cp65001", "ansi_x3.4-1968", "850", "hex", "rot13", "base64", "nope"]:
    for call in [lambda: "\xe9".encode(name, "replace"), lambda: b"\xe9\x81".decode(name, "replace"), lambda: "\u20ac".encode(name, "bogus")]:
        try:
            print(repr(name), call())
        except (UnicodeError, TypeError, LookupError) as e:
            print(repr(name), type(e).__name__ + ":", e)
