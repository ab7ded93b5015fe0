# Sorting long lists: runs, interleaved sorted streaks (galloping merges), stability, reverse, a raising __lt__.
import random

r = random.Random(11)
for n in (31, 32, 33, 64, 65, 100, 1000, 4097):
    data = [(i * 13) % 17 for i in range(n)]
    pairs = sorted(((d, i) for i, d in enumerate(data)), key=lambda p: p[0])
    print(n, pairs == sorted((d, i) for i, d in enumerate(data)), pairs[:3], pairs[-2:])
    desc = sorted(range(n), key=lambda i: data[i], reverse=True)
    print(desc[:5], desc[-5:])
rand = [r.randrange(50) for _ in range(3000)]
print(sorted(rand)[::300], sorted(rand, reverse=True)[::300])
stable = sorted(enumerate(rand), key=lambda p: p[1])
print(all(a[1] < b[1] or (a[1] == b[1] and a[0] < b[0]) for a, b in zip(stable, stable[1:])))
print(sorted(list(range(500)) + list(range(500)))[::97], sorted(range(700, 0, -1))[:4])
halves = list(range(0, 2000, 2)) + list(range(1, 2000, 2))
print(sorted(halves) == list(range(2000)), sorted([1.5, -2.0, 3.25] * 40)[::20])
words = [("w%d" % (i % 37)) for i in range(600)]
print(sorted(words)[:4], sorted(words, key=len)[-3:], sorted(set(words))[-3:])
count = 0


class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global count
        count += 1
        if count == stop:
            raise ValueError("stop at %d" % count)
        return self.v < other.v

    def __repr__(self):
        return "B%d" % self.v


for stop in (5, 40, 300, 2500):
    count = 0
    items = [Boom(r.randrange(1000)) for _ in range(1500)]
    lst = items[:]
    try:
        lst.sort()
        print("sorted", lst[:3])
    except ValueError as e:
        print(e, len(lst), sorted(map(id, lst)) == sorted(map(id, items)))
