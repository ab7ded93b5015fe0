# hashlib: every guaranteed algorithm on several lengths, copy(), blake2 parameters, shake, pbkdf2, errors; hmac objects.
import hashlib, hmac
messages = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 127, b"a" * 128, b"a" * 135, b"a" * 136, b"a" * 1000, bytes(range(256)) * 3]
for name in sorted(hashlib.algorithms_guaranteed):
    for m in messages:
        h = hashlib.new(name, m)
        if name.startswith("shake"):
            print(name, len(m), h.hexdigest(20), h.digest(5))
        else:
            print(name, len(m), h.hexdigest())
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
h = hashlib.sha3_256(b"part one ")
c = h.copy()
c.update(b"part two")
h.update(b"other")
print(c.hexdigest() == hashlib.sha3_256(b"part one part two").hexdigest(), h.hexdigest()[:16])
for size in [1, 16, 32, 64]:
    print(hashlib.blake2b(b"data", digest_size=size).hexdigest(), hashlib.blake2s(b"data", digest_size=min(size, 32)).hexdigest())
print(hashlib.blake2b(b"m", key=b"secret", salt=b"salty", person=b"me").hexdigest())
print(hashlib.blake2s(b"m", key=b"k" * 32, salt=b"12345678", person=b"abc").hexdigest())
print(hashlib.blake2b(b"tree", fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1, inner_size=64, last_node=True).hexdigest())
print(hashlib.blake2s(b"tree", fanout=0, depth=255, leaf_size=1, node_offset=2**47, node_depth=2, inner_size=32, last_node=True).hexdigest())
print(hashlib.new("blake2b", b"x", digest_size=8).hexdigest(), hashlib.new("SHA256", b"x").name, hashlib.new("md5", b"a", usedforsecurity=False).hexdigest())
print(hashlib.sha256(string=b"x").hexdigest()[:8], hashlib.shake_256(b"x").digest(0), len(hashlib.shake_128(b"y").digest(500)))
for args in [("sha1", b"password", b"salt", 1), ("sha1", b"password", b"salt", 2, 20), ("sha256", b"passwd", b"salt", 1, 64), ("sha512", b"pw", b"s", 3, 10),
             ("md5", b"pw", b"salt", 5), ("sha3_256", b"pw", b"salt", 2, 40), ("blake2b", b"pw", b"s", 2), ("sha224", b"", b"", 1)]:
    print(args, hashlib.pbkdf2_hmac(*args).hex())
bad = ['hashlib.blake2b(digest_size=65)', 'hashlib.blake2s(digest_size=0)', 'hashlib.blake2b(key=b"x"*65)', 'hashlib.blake2b(salt=b"x"*17)',
       'hashlib.blake2s(person=b"x"*9)', 'hashlib.blake2b(fanout=256)', 'hashlib.blake2b(depth=0)', 'hashlib.blake2b(leaf_size=-1)',
       'hashlib.blake2b(node_depth=256)', 'hashlib.blake2b(inner_size=65)', 'hashlib.blake2s(node_offset=2**48)', 'hashlib.new("sha257")',
       'hashlib.sha256("x")', 'hashlib.sha256(1)', 'hashlib.sha256().update("x")', 'hashlib.shake_128(b"x").digest()',
       'hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0)', 'hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0)', 'hashlib.pbkdf2_hmac("sha256", "p", b"s", 1)',
       'hmac.new("k", b"m", "sha256")', 'hmac.new(b"k", b"m")', 'hmac.compare_digest("a", b"a")', 'hmac.compare_digest("é", "é")',
       'hmac.compare_digest(1, 1)', 'hmac.new(b"k", "m", "sha256")']
for t in bad:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
m = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5")
print(m.hexdigest(), m.name, m.digest_size, m.block_size, hmac.HMAC.blocksize)
for dm in ["sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s", hashlib.sha256, hashlib.sha3_512]:
    mac = hmac.new(b"key", b"msg", dm)
    print(mac.name, mac.digest_size, mac.block_size, mac.hexdigest()[:32])
c = m.copy()
c.update(b"more")
print(c.hexdigest() != m.hexdigest(), m.hexdigest() == hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5").hexdigest())
print(hmac.new(b"k" * 200, b"long key", "sha256").hexdigest(), hmac.digest(b"k", b"m", "sha1").hex(), hmac.new(bytearray(b"k"), digestmod="md5").hexdigest())
print(hmac.compare_digest(b"abc", bytearray(b"abc")), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"", b""), hmac.compare_digest(b"a", b"ab"))
