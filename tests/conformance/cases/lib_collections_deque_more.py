# collections.deque: bounded behaviour, rotate, errors, comparisons, reprs.
from collections import deque
d = deque(range(10), maxlen=4)
print(d, d.maxlen, len(d))
d.extendleft("ab")
print(d)
d.rotate(1)
print(d)
d.rotate(-5)
print(d, d.index(7), d.count(7))
for bad in [lambda: d.index(99), lambda: d.remove(99), lambda: deque(maxlen=-1), lambda: deque(maxlen=1).insert(0, 1) or deque([1], maxlen=1).insert(0, 2), lambda: d[10], lambda: d["x"], lambda: deque([1]) + [2]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
e = deque()
e.append(e)
print(e, repr(deque(maxlen=0)), deque("abc", 2))
print(deque([1, 2]) == [1, 2], deque([1, 2]) != deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([3]) > deque([1, 5]))
x = deque([1, 2, 3])
x += [4]
x *= 2
print(x, 3 in x, list(reversed(x)), x[-2])
y = deque(range(5))
it = iter(y)
next(it)
y.append(9)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
z = deque([1, 2, 3], maxlen=3)
z.extend([4, 5])
print(z, z.copy(), z * 2, 2 * deque("a"))
class Sub(deque):
    pass
print(Sub([1, 2]), Sub([1], maxlen=3).copy(), type(Sub([1]).copy()).__name__)
q = deque()
for i in range(5):
    q.append(i)
out = []
while q:
    out.append(q.popleft())
print(out, deque([1, 2, 3]).pop(), bool(deque()), deque([[1]])[0])
r = deque([0, 1, 2, 3, 4])
del r[0]
r[-1] = "end"
r.insert(-1, "x")
print(r, deque(reversed(r)), deque([]).rotate(3))
