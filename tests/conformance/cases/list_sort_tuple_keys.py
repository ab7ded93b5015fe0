# Sorting and comparing tuples: item-by-item order, stability, reverse, mixed items, subclasses.
from collections import namedtuple
from operator import itemgetter
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,)]), sorted([(2, 1.5), (2, 1), (1, [3])], key=lambda t: t[:2]))
print(sorted([(1, "a"), (2, "x"), (1, "b")], key=lambda t: (t[0],), reverse=True))
rows = [(i % 5, -i, str(i)) for i in range(20)]
print(sorted(rows)[:6], sorted(rows, key=itemgetter(0, 1), reverse=True)[:4])
print((1, 2) < (1, 3), (1, 2) <= (1, 2), (2,) > (1, 5), (1, 2) == (1, 2.0), (1, (2, 3)) < (1, (2, 4)), () < (0,))
print((1, 2) < (1, 2, 0), (-5, 1) >= (3, 0), (2 ** 70, 1) > (2 ** 70, 0), (1.5, "a") < (1.5, "b"), (float("nan"), 1) < (float("nan"), 2))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    (1, None) < (1, 2)
except TypeError as e:
    print("TypeError", e)
P = namedtuple("P", "a b")
print(sorted([P(2, 1), P(1, 5), P(1, 2)]), P(1, 2) < (1, 3))
class T(tuple):
    def __lt__(self, other):
        return len(self) > len(other)
print(sorted([T((1,)), T((1, 2)), T((0, 0, 0))]))
print(sorted([(3, 1), (1, 2), (2, 0)] * 3, key=lambda t: t))
