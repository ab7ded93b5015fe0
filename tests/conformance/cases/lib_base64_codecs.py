# base64 and binascii: every codec on many lengths, options and CPython's errors.
import base64, binascii
samples = [b"", b"\x00", b"\x00\x00\x00\x00", b"    ", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xff" * 7]
for s in samples:
    enc = [base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s),
           base64.b85encode(s), base64.b85encode(s, pad=True), base64.a85encode(s), base64.a85encode(s, foldspaces=True), base64.a85encode(s, pad=True)]
    print(len(s), [e[:40] for e in enc])
    dec = [base64.b64decode(enc[0]), base64.urlsafe_b64decode(enc[1]), base64.b32decode(enc[2]), base64.b32hexdecode(enc[3]), base64.b16decode(enc[4]),
           base64.b85decode(enc[5]), base64.a85decode(enc[7]), base64.a85decode(enc[8], foldspaces=True)]
    print(all(d == s for d in dec), base64.b85decode(enc[6])[:len(s)] == s)
print(base64.a85encode(b"hello world, this is a longer text", wrapcol=10, adobe=True))
print(base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True), base64.a85decode("87cURD]i,\"Ebo80", ignorechars=b""))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=None), base64.b32decode(b"0ZXW6YQ=", map01=b"L"))
print(base64.b16decode(b"666F6F"), base64.b16decode("666f6f", casefold=True), base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm-_", altchars="-_"))
print(base64.encodebytes(bytes(100)), base64.decodebytes(base64.encodebytes(b"xyz" * 40)) == b"xyz" * 40)
bad = [lambda: base64.b64decode("Zm9"), lambda: base64.b64decode("Z"), lambda: base64.b64decode("Zm9v!", validate=True), lambda: base64.b64decode("=Zm9v", validate=True),
       lambda: base64.b64decode("Zm9v==", validate=True), lambda: base64.b64decode("é"), lambda: base64.b64decode(12), lambda: base64.b64encode("text"),
       lambda: base64.b32decode("MZXW6"), lambda: base64.b32decode("MZXW6!=="), lambda: base64.b32decode("mzxw6==="), lambda: base64.b32decode("MZXW6Y=="),
       lambda: base64.b16decode("abc"), lambda: base64.b16decode("ab"), lambda: base64.b16decode("0G"), lambda: base64.b85decode(b"|||||"),
       lambda: base64.b85decode(b"ab\"cd"), lambda: base64.a85decode(b"abzcd"), lambda: base64.a85decode(b"s8W-\""), lambda: base64.a85decode(b"uuuuu"),
       lambda: base64.a85decode(b"ab", adobe=True), lambda: base64.a85decode(b"a\x7fb"), lambda: base64.encodebytes("s"),
       lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"), lambda: binascii.unhexlify("é0"), lambda: binascii.hexlify(b"abc", "--"),
       lambda: binascii.hexlify("abc"), lambda: binascii.a2b_base64(b"SGVsbA==x", strict_mode=True), lambda: binascii.a2b_base64(b"SG=Vs", strict_mode=True),
       lambda: binascii.crc32("abc"), lambda: binascii.b2a_uu(b"x" * 46), lambda: binascii.a2b_base64(12)]
for f in bad:
    try:
        print("ok?", f())
    except (ValueError, TypeError) as e:
        print(type(e).__module__, type(e).__name__, e)
print(binascii.a2b_base64(b"SGVsbA=x="), binascii.a2b_base64(b"SGVsbA==xx"), binascii.a2b_base64(b"YWJj\nZGVm"), binascii.a2b_base64(b"AB=="), binascii.a2b_base64(b""))
print(binascii.hexlify(b"abcdef", "-", 2), binascii.hexlify(b"abcdef", b":", -2), binascii.hexlify(b"abcde", "-", 2), binascii.hexlify(b"abcde", "-", -2), binascii.hexlify(b"abcde", " ", 10))
print(binascii.b2a_hex(b"\x01\x02", "|"), binascii.a2b_hex("4A"), binascii.hexlify(bytearray(b"\xde\xad")), binascii.hexlify(memoryview(b"\xbe\xef")))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"hello", 0xffff), binascii.crc_hqx(b"", 7), binascii.crc32(b"abc", -1), binascii.crc32(b"x" * 10000, 2 ** 40 + 5))
print(binascii.b2a_base64(b""), binascii.b2a_base64(b"\xff\xfe", newline=False), binascii.b2a_uu(b"hi"), binascii.b2a_uu(b""), binascii.b2a_uu(b"\x00", backtick=True))
print(binascii.a2b_uu(b'":&D \n'), binascii.a2b_uu(b"\"``"), binascii.a2b_uu(b""), binascii.a2b_uu(binascii.b2a_uu(b"The quick brown fox")))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__, issubclass(binascii.Error, ValueError))
