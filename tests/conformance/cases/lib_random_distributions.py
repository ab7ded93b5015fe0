# random distributions and helpers on seeded generators: values must equal CPython's bit for bit.
import random
random.seed(42)
vals = [random.random() for _ in range(1000)]
print(sum(vals), vals[0], vals[-1], min(vals), max(vals))
r = random.Random(123)
print(r.gauss(), r.gauss(1, 2), r.normalvariate(), r.normalvariate(5, 0.5), r.lognormvariate(0, 1))
print(r.expovariate(1.5), r.vonmisesvariate(1.0, 4.0), r.vonmisesvariate(0, 0), r.gammavariate(0.5, 1), r.gammavariate(1.0, 2), r.gammavariate(5.0, 1))
print(r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 1.5), r.triangular(), r.triangular(0, 10, 2), r.triangular(1, 1, 1))
print(r.randbytes(10), r.getrandbits(0), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(257))
print(r.sample(range(1000), 20), r.sample(["a", "b"], counts=[3, 2], k=4), r.sample(range(10**9), 5), r.sample(tuple("abcdefghij"), 10))
print(r.choices("abc", cum_weights=[1, 2, 10], k=8), r.choices([1, 2, 3], [0.5, 0.2, 0.3]), r.choices(range(5), k=3), r.choices("xy", weights=(0, 1), k=3))
print(r.uniform(-1, 1), r.uniform(5, 5), r.randrange(-10**30, 10**30), r.randint(10**20, 10**21), r.randrange(100, 0, -7), r.choice(b"bytes"))
a = list(range(50))
r.shuffle(a)
print(a)
g = random.Random(5)
print([round(g.gauss(100, 15), 6) for _ in range(6)], [g.randint(1, 6) for _ in range(20)])
print([round(random.Random(s).random(), 10) for s in range(10)])
