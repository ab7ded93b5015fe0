import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hi " + self.name
    def __repr__(self):
        return "Node(%s)" % self.name

a = Node("a")
r = weakref.ref(a)
print(r() is a, r() .name, weakref.ref(a) is r, type(r) is weakref.ReferenceType)
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
calls = []
r2 = weakref.ref(a, calls.append)
print(r2 is r, r2.__callback__ is not None, r.__callback__, weakref.getweakrefcount(a))
print(r == r2, hash(r) == hash(a))
for bad in (1, "s", (1,), [1], {}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)

p = weakref.proxy(a)
print(p.name, p.hello(), isinstance(p, weakref.ProxyType), type(p) in weakref.ProxyTypes)
p.name = "renamed"
print(a.name)
fp = weakref.proxy(Node.hello)
print(type(fp) is weakref.CallableProxyType, fp(a))
try:
    hash(p)
except TypeError as e:
    print(e)

keep = [Node(str(i)) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for n in keep:
    wvd[n.name] = n
print(len(wvd), sorted(wvd.keys()), wvd["3"] is keep[3], "9" in wvd, wvd.get("9", "dflt"))
del wvd["0"]
print(len(wvd), sorted(wvd), wvd.pop("1") is keep[1], len(wvd), wvd.setdefault("x", keep[0]).name)
print(sorted(v.name for v in wvd.values()), isinstance(wvd.copy(), weakref.WeakValueDictionary))

wkd = weakref.WeakKeyDictionary()
for i, n in enumerate(keep):
    wkd[n] = i
print(len(wkd), wkd[keep[2]], keep[4] in wkd, Node("z") in wkd, 5 in wkd)
print(sorted(wkd.values()), wkd.get(keep[1]), wkd.pop(keep[1]), len(wkd))
print(sorted(k.name for k in wkd.keys()))

ws = weakref.WeakSet(keep[:3])
ws.add(keep[3])
print(len(ws), keep[0] in ws, keep[4] in ws, sorted(x.name for x in ws))
ws.discard(keep[0])
ws.remove(keep[1])
print(len(ws), sorted(x.name for x in ws | weakref.WeakSet([keep[4]])))

out = []
f = weakref.finalize(keep[0], out.append, "done")
print(f.alive, f.peek()[0] is keep[0])
print(f(), out, f.alive, f(), out, f.peek())
g = weakref.finalize(keep[1], out.append, "x")
print(g.detach()[0] is keep[1], g.alive)

class Box:
    def method(self):
        return 42
b = Box()
wm = weakref.WeakMethod(b.method)
print(wm()(), wm() == b.method, isinstance(wm, weakref.ref))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", type(e).__name__)
