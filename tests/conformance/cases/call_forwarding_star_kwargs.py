def f(*a, **k): return a, sorted(k.items())
def g(x, y=2, *, z=3): return x, y, z
args = (1, 2); kw = {'z': 9}
print(f(*args, **kw), f(*[3], **{}), f(0, *args), f(**kw), f(0, **kw), f(*range(3)))
print(g(*args, **kw), g(*[5]), g(7, **{'y': 1}))
class M:
    def keys(self): return ['z']
    def __getitem__(self, k): return 42
print(g(1, **M()))
class D(dict): pass
print(f(**D(a=1)))
def gen():
    print('gen iterated'); yield 1
def side():
    print('mapping evaluated'); return {}
print(f(*gen(), **side()))
for bad in ["f(*5)", "f(**5)", "f(**{1: 2})", "g(1, *(2,), **{'y': 3})", "g(**{'x': 1, 'q': 2})", "len(*[1, 2])", "f(*None, **kw)"]:
    try: eval(bad)
    except TypeError as e: print(bad, '->', e)
lst = [1, 2]
def grow(): lst.append(3); return {}
print(f(*lst, **grow()))
import functools
p = functools.partial(g, 1)
print(p(*(), **{'z': 0}))
class C:
    def m(self, *a, **k): return f(*a, **k)
print(C().m(1, 2, x=3))
