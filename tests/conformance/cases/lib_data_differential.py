# json, struct, base64/binascii and zlib on pseudo-random documents, formats and junk (a fixed LCG, so the output is deterministic).
import json, struct, base64, binascii, zlib
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) & 0x7fffffff
    return state[0] % n
alphabet = '[]{}",:0123456789-+.eEtrufalsnNIiy \n\\u"abc\t/'
out = []
for i in range(300):
    doc = "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(12)))
    try:
        out.append(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        out.append("E " + str(e))
    except RecursionError:
        out.append("R")
def value(depth):
    k = rnd(9 if depth < 4 else 6)
    if k == 0: return rnd(1000) - 500
    if k == 1: return (rnd(100000) - 50000) / (rnd(97) + 1)
    if k == 2: return "".join(chr(rnd(300)) for _ in range(rnd(5)))
    if k == 3: return [None, True, False][rnd(3)]
    if k == 4: return 10 ** rnd(30) * (1 if rnd(2) else -1)
    if k == 5: return float(["inf", "-inf", "1e308", "-0.0", "5e-324"][rnd(5)])
    if k == 6: return [value(depth + 1) for _ in range(rnd(4))]
    if k == 7: return tuple(value(depth + 1) for _ in range(rnd(3)))
    return {[str(rnd(50)), rnd(50), rnd(50) / 4, None, True][rnd(5)]: value(depth + 1) for _ in range(rnd(4))}
for i in range(60):
    v = value(0)
    opts = [{}, {"indent": rnd(4)}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}, {"indent": "\t", "sort_keys": True}][rnd(6)]
    try:
        s = json.dumps(v, **opts)
        out.append(s)
        out.append(repr(json.loads(s)))
        out.append(repr("".join(json.JSONEncoder(**opts).iterencode(v)) == s))
    except (TypeError, ValueError) as e:
        out.append("E " + str(e))
codes = "xcbB?hHiIlLqQnNefds"
for i in range(300):
    order = "@=<>!"[rnd(5)]
    fmt = order + "".join((str(rnd(3)) if rnd(3) == 0 else "") + codes[rnd(len(codes))] for _ in range(rnd(4) + 1))
    try:
        size = struct.calcsize(fmt)
        data = bytes(rnd(256) for _ in range(size))
        vals = struct.unpack(fmt, data)
        out.append(fmt + " " + repr(vals))
        out.append(repr(struct.pack(fmt, *vals) == data or struct.pack(fmt, *vals)))
    except struct.error as e:
        out.append(fmt + " E " + str(e))
for i in range(80):
    n = rnd(40)
    data = bytes(rnd(256) for _ in range(n))
    junk = "".join("ABCxyz+/=-_ \n!$"[rnd(15)] for _ in range(rnd(12)))
    for f in [base64.b64decode, base64.b32decode, base64.b16decode, base64.b85decode, base64.a85decode, binascii.a2b_base64, binascii.unhexlify]:
        try:
            out.append(repr(f(junk)))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + " " + str(e))
    out.append(repr((base64.b64encode(data), base64.b32encode(data), base64.b85encode(data), base64.a85encode(data), zlib.crc32(data), zlib.adler32(data), binascii.crc_hqx(data, n))))
    c = zlib.compress(data * rnd(5), rnd(10))
    out.append(repr(zlib.decompress(c) == data * (len(zlib.decompress(c)) // max(1, len(data))) if data else zlib.decompress(c)))
print("\n".join(out))
