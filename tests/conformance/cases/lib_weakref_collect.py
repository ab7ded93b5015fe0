import weakref, gc
class N: pass
calls = []
def make():
    n = N()
    return weakref.ref(n, lambda r: calls.append("cb")), weakref.ref(n)
r, plain = make()
d = weakref.WeakValueDictionary()
def fill():
    d["k"] = N()
fill()
ws = weakref.WeakSet()
def fill2():
    ws.add(N())
fill2()
out = []
def fin():
    weakref.finalize(N(), out.append, "finalized")
fin()
x = N()
gc.collect()
print(r(), plain(), calls, len(d), "k" in d, list(d.items()), len(ws), list(ws), out)
wkd = weakref.WeakKeyDictionary()
def fill3():
    wkd[N()] = 1
    p = weakref.proxy(N())
    return p
p = fill3()
gc.collect()
print(len(wkd), list(wkd.items()))
try:
    p.anything
except ReferenceError as e:
    print("ReferenceError", e)
print(repr(r).endswith("; dead>"))
