# Dicts whose first entries were deleted: iteration, next(iter()), popitem, clear, update, copy and lru_cache eviction.
from collections import OrderedDict
d = {i: i for i in range(10)}
for i in range(5): del d[i]
print(next(iter(d)), list(d), d.popitem(), list(d))
for i in range(20, 40): d[i] = i
for i in range(20, 35): del d[i]
print(list(d), next(iter(d)), len(d))
d.clear(); print(list(d)); d[1] = 2; print(list(d), next(iter(d)))
od = OrderedDict((i, i) for i in range(6))
print(od.popitem(last=False), od.popitem(last=False), od.popitem(), list(od))
e = {1: 1}; del e[1]; print(list(e)); e[2] = 2; print(list(e)); e.popitem(); e[3] = 3; print(list(e), e.copy())
s = {i: i for i in range(100)}
for i in range(99): del s[i]
s.update({"a": 1}); print(s, dict(s), {**s})
from functools import lru_cache
calls = []
@lru_cache(maxsize=3)
def f(x):
    calls.append(x)
    return x * 10
print([f(i % 5) for i in range(12)], calls[-4:], f.cache_info())
print([f(i) for i in (4, 3, 4, 0, 4)], f.cache_info())
