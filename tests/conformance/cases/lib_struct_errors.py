# struct: CPython's error messages per code and byte order, native alignment, half floats, pascal strings.
import struct
cases = ['struct.pack(">B", 256)', 'struct.pack("B", 256)', 'struct.pack("<b", -129)', 'struct.pack(">h", 40000)', 'struct.pack("h", 40000)',
         'struct.pack(">H", -1)', 'struct.pack("H", -1)', 'struct.pack("<H", 2**16)', 'struct.pack(">i", 2**31)', 'struct.pack("i", 2**31)',
         'struct.pack(">I", -1)', 'struct.pack("I", 2**32)', 'struct.pack("I", -1)', 'struct.pack(">l", 2**31)', 'struct.pack("l", 2**63)',
         'struct.pack(">L", 2**32)', 'struct.pack("L", 2**64)', 'struct.pack(">q", 2**63)', 'struct.pack("q", 2**63)', 'struct.pack(">Q", -1)',
         'struct.pack("Q", -1)', 'struct.pack("<Q", 2**64)', 'struct.pack("n", 2**63)', 'struct.pack("N", -1)', 'struct.pack("P", -1)',
         'struct.pack("P", 2**64)', 'struct.pack("i", 2**70)', 'struct.pack("b", 2**70)', 'struct.pack("<B", -1)',
         'struct.pack(">I", 1.5)', 'struct.pack(">I", "x")', 'struct.pack(">f", "x")', 'struct.pack("<d", "1")', 'struct.pack(">d", 10**400)',
         'struct.pack(">c", 1)', 'struct.pack(">c", b"ab")', 'struct.pack("<c", bytearray(b"a"))', 'struct.pack(">s", 1)', 'struct.pack(">p", "a")',
         'struct.pack(">2I", 1)', 'struct.pack(">i", 1, 2)', 'struct.pack("z", 1)', 'struct.pack("3")', 'struct.pack(">n", 1)', 'struct.pack("<P", 1)',
         'struct.pack("2 H", 1, 2)', 'struct.pack(" >H", 1)', 'struct.pack("> H", 1)',
         'struct.unpack(">I", b"\\x00")', 'struct.unpack(">I", "abcd")', 'struct.unpack_from(">I", b"\\x00\\x00", 1)', 'struct.unpack_from(">I", b"\\x00\\x00", -5)',
         'struct.unpack_from(">I", b"\\x00\\x00\\x00\\x00\\x00", -1)', 'struct.unpack_from(">H", b"\\x00\\x01\\x02", offset=1)', 'struct.unpack_from(">H", buffer=b"\\x00\\x01\\x02")',
         'struct.unpack_from(">H", b"\\x00\\x01\\x02", -2)',
         'struct.pack_into(">I", bytearray(3), 0, 1)', 'struct.pack_into(">I", bytearray(6), 4, 1)', 'struct.pack_into(">I", bytearray(6), -9, 1)',
         'struct.pack_into(">I", b"abcdef", 0, 1)', 'struct.pack_into(">I", bytearray(6))', 'struct.pack_into(">I", bytearray(6), 0)',
         'list(struct.iter_unpack(">H", b"\\x00"))', 'list(struct.iter_unpack("", b""))', 'list(struct.iter_unpack("<bH", bytes(range(9))))',
         'struct.pack(">e", 1e10)', 'struct.pack(">f", 1e300)', 'struct.pack("f", 1e300)', 'struct.pack(">?", [])', 'struct.pack("?", 2)', 'struct.pack("<?", 1.5)',
         'struct.Struct(5)', 'struct.Struct(b">I").format', 'struct.Struct("<5s").size',
         'struct.calcsize("@bi"), struct.calcsize("@ic"), struct.calcsize("@?q"), struct.calcsize("@eq"), struct.calcsize("@lL"), struct.calcsize("P")',
         'struct.calcsize("@b e"), struct.calcsize("4x2s0i"), struct.calcsize("@c0i"), struct.calcsize("=lLnN".replace("nN", "")), struct.calcsize("<qQd")',
         'struct.pack("@hi", 1, 2)', 'struct.pack("@bq", 1, 2)', 'struct.unpack("@hi", bytes(8))', 'struct.pack("@c0i", b"a")',
         'struct.pack("3p", b"abcdef")', 'struct.pack("p", b"abcdef")', 'struct.unpack("4p", b"\\x09abc")', 'struct.pack("300p", b"y" * 300)[:2]',
         'struct.unpack("p", b"")', 'struct.pack("0p", b"x")', 'struct.pack(">0s", b"ab")', 'struct.pack("<3s", bytearray(b"a"))',
         'struct.pack(">x")', 'struct.pack(">I", True)', 'struct.pack(">q", 2.0)', 'struct.pack(">I")',
         'struct.pack("<e", 65520.0)', 'struct.pack("<e", 65519.0)', 'struct.pack("<e", 1e-8)', 'struct.pack("<e", float("nan"))', 'struct.pack("<e", -0.0)',
         'struct.pack("<e", 1.00048828125)', 'struct.pack("<e", 1.0014648437500)', 'struct.pack(">e", 0.1)',
         'struct.unpack("<e", b"\\x01\\x00")', 'struct.unpack("<e", b"\\x00\\xfc")', 'struct.unpack("<e", b"\\x01\\xfc")', 'struct.unpack(">e", b"\\x7c\\x00")',
         'struct.pack("=l", -1)', 'struct.pack("@l", -1)', 'struct.pack("!q", -2)', 'struct.unpack("<q", b"\\xff" * 8)', 'struct.unpack("<Q", b"\\xff" * 8)',
         'struct.unpack("@nNP", bytes(range(24)))', 'struct.pack(">3sx?", b"ab", 1)', 'struct.unpack(">f", b"\\x7f\\x80\\x00\\x00")', 'struct.pack("<f", float("-nan"))',
         'struct.pack(">i", -2**31)', 'struct.pack("<h", -32768)', 'struct.pack(">HhBb", 65535, -1, 0, -128)']
for t in cases:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
class Index:
    def __index__(self):
        return 7
print(struct.pack(">H", Index()), struct.pack("<q", Index()))
s = struct.Struct(">2sHxq")
buf = bytearray(s.size + 2)
s.pack_into(buf, 2, b"ok", 513, -1)
print(s.size, s.format, buf, s.unpack_from(buf, 2), s.unpack(bytes(buf[2:])), list(s.iter_unpack(bytes(buf[2:]) * 2)))
print(isinstance(s, struct.Struct), struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00")
print(it.__length_hint__(), next(it), list(it))
mv = memoryview(bytearray(4))
struct.pack_into("<I", mv, 0, 0x01020304)
print(bytes(mv), struct.unpack("<I", mv), struct.unpack_from("<H", memoryview(b"\x05\x00"), 0))
