# random seeding (int, negative, big, float, str/bytes versions 1 and 2), state, subclasses, module functions.
import random
for s in [0, 1, -1, 2**32, 2**64 + 5, 3.5, -2.25, "", b"", bytearray(b"xy"), "h\u00e9llo", True, 10**50]:
    random.seed(s)
    print(repr(s), random.random(), random.randrange(1000))
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
random.seed("abc", version=2)
print(random.random())
class OnlyRandom(random.Random):
    def random(self):
        return 0.5
m = OnlyRandom()
print(m.randrange(10), m.choice("abcdef"), m.randint(1, 3), m.sample(range(4), 2))
class Plain(random.Random):
    pass
print(Plain(5).random() == random.Random(5).random(), isinstance(Plain(), random.Random), Plain(9).randint(1, 100))
class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)
c = Counting(3)
print([c.randrange(10) for _ in range(5)], c.calls, c.random())
random.seed(8)
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], st[2], [random.random() for _ in range(2)])
random.setstate(st)
print([random.random() for _ in range(2)], random.gauss(), random.getstate()[2] is not None)
g = random.Random()
g.setstate(st)
print(g.random() == random.Random(8).random(), type(random.SystemRandom().random()).__name__)
print(random.Random(1).getrandbits(64), random.Random(2**100).getrandbits(64), random.Random(-2**100).getrandbits(64))
