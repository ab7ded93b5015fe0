# zlib: checksums, round trips in every container, CPython's errors, decompressobj streaming (compressed bytes themselves vary by zlib build).
import zlib
texts = [b"", b"a", b"hello world" * 10, bytes(range(256)) * 20, b"The quick brown fox jumps over the lazy dog. " * 300]
for t in texts:
    print(len(t), zlib.crc32(t), zlib.adler32(t), zlib.crc32(t, 12345), zlib.adler32(t, 0), zlib.crc32(t, -1), zlib.adler32(t, 2 ** 40))
    for level in [-1, 0, 1, 6, 9]:
        for wbits in [15, 9, -15, 31]:
            c = zlib.compress(t, level, wbits)
            assert zlib.decompress(c, wbits) == t, (level, wbits)
        auto = zlib.decompress(zlib.compress(t, level, 31), 47) == t and zlib.decompress(zlib.compress(t, level), 47) == t
    print("round trips ok", auto, zlib.decompress(zlib.compress(t), 0) == t)
c = zlib.compress(b"hello world" * 10)
print(c[:2], zlib.compress(b"x", 9)[:2], zlib.compress(b"x", 1)[:2], zlib.compress(b"x", wbits=31)[:3], zlib.compress(b"abc", 0))
print(zlib.decompress(b"x\x9cKLJ\x06\x00\x02M\x01'"), zlib.decompress(b"KLJ\x06\x00", -15), zlib.decompress(b"x\x01\x01\x03\x00\xfc\xffabc\x02M\x01'"))
print(zlib.decompress(c + b"extra")[:11], zlib.decompress(bytearray(c))[:5], zlib.decompress(memoryview(c), bufsize=1)[:5])
bad = ['zlib.decompress(b"abc")', 'zlib.decompress(c[:-3])', 'zlib.decompress(c[:10])', 'zlib.decompress(c[:-1] + b"x")', 'zlib.decompress(b"")',
       'zlib.compress(b"x", 10)', 'zlib.compress(b"x", wbits=99)', 'zlib.decompress(c, wbits=99)', 'zlib.decompress(b"x\\x9c\\x03\\x00")',
       'zlib.compressobj(level=12)', 'zlib.decompressobj(wbits=5)', 'zlib.compress("s")', 'zlib.crc32("s")', 'zlib.decompress(b"\\x78\\x9c\\x07\\x00")',
       'zlib.decompress(zlib.compress(b"q")[:2])', 'zlib.decompress(b"\\x1f\\x8b\\x08\\x00", 31)', 'zlib.decompress(b"\\x1f\\x8c\\x08\\x00", 31)',
       'zlib.decompress(zlib.compress(b"data", wbits=31)[:-1] + b"\\x01", 31)', 'zlib.decompress(b"\\x79\\x9c")', 'zlib.decompress(b"\\x78\\x9c\\x05\\x00\\x00\\x00\\x00")']
for t in bad:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION,
      zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH)
print(zlib.error.__mro__, issubclass(zlib.error, Exception))
big = texts[-1]
cb = zlib.compress(big)
d = zlib.decompressobj()
parts = [d.decompress(cb[i:i + 50]) for i in range(0, len(cb), 50)]
print(b"".join(parts) == big, d.eof, d.unused_data, d.unconsumed_tail, d.flush())
d = zlib.decompressobj()
print(len(d.decompress(cb[:20])), d.eof, len(d.decompress(cb[20:] + b"tail")) + 0, d.eof, d.unused_data, d.decompress(b"more"), d.unused_data)
d = zlib.decompressobj()
out = d.decompress(cb, 100)
print(len(out), out[:20], len(d.unconsumed_tail) > 0)
while d.unconsumed_tail:
    out += d.decompress(d.unconsumed_tail, 1000)
print(out == big, d.eof)
d = zlib.decompressobj(-15)
raw = zlib.compress(big, 9, -15)
first = d.decompress(raw[:100])
e = d.copy()
print(first + d.decompress(raw[100:]) == big, first + e.decompress(raw[100:]) == big)
g = zlib.decompressobj(31)
print(g.decompress(zlib.compress(b"gzip data", wbits=31)) + g.flush(), g.eof)
for wbits in [15, -15, 31]:
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    stream = co.compress(b"abc" * 1000) + co.flush(zlib.Z_SYNC_FLUSH)
    mid = zlib.decompressobj(wbits).decompress(stream)
    stream += co.compress(b"xyz" * 10) + co.flush()
    print(wbits, mid == b"abc" * 1000, zlib.decompress(stream, wbits) == b"abc" * 1000 + b"xyz" * 10)
co = zlib.compressobj()
co.compress(b"x")
co.flush()
try:
    co.compress(b"y")
except zlib.error as e:
    print("zlib.error:", e)
