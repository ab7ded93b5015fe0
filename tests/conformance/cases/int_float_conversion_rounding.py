# int -> float conversion rounds to nearest, ties to even, and overflows at 2**1024 as CPython does.
import random
r = random.Random(5)
out = []
for i in range(3000):
    bits = r.randint(54, 1030)
    v = r.getrandbits(bits) | (1 << (bits - 1))
    if r.random() < 0.3:
        v = (v >> 20 << 20) | (1 << 19)  # exact ties below
    if r.random() < 0.5: v = -v
    try: out.append(repr(float(v)))
    except OverflowError as e: out.append("OverflowError " + str(e))
print(hash(tuple(out)) if False else "\n".join(out[:5]), len(out))
import hashlib; print(hashlib.md5("|".join(out).encode()).hexdigest())
try: print(float(2**1024 - 2**970), end=" ")
except OverflowError as e: print(e)
try: float(2**1024 - 2**969)
except OverflowError as e: print(e)
print(float(2**53 + 1), float(2**53 + 3), float(-(2**53 + 1)), 2**64 + 1 == float(2**64), (2**60 + 1) * 1.0)
