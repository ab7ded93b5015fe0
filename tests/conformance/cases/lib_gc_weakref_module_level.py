# Objects dropped at module level, in class bodies and in module-level blocks are collected by gc.collect():
# their weak references die and their callbacks run.
import gc
import weakref

fired = []


class Thing:
    def __init__(self, name):
        self.name = name


def watch(obj):
    return weakref.ref(obj, lambda ref, name=obj.name: fired.append(name))


a = Thing('deleted')
ra = watch(a)
del a
gc.collect()
print("del at module level:", ra() is None, fired)

b = Thing('rebound')
rb = watch(b)
b = None
gc.collect()
print("rebound:", rb() is None, fired)

try:
    c = Thing('in try')
    rc = watch(c)
    del c
    gc.collect()
    print("in try:", rc() is None, fired)
finally:
    pass

if True:
    items = [Thing('in list'), Thing('kept')]
    rl = [watch(t) for t in items]
    items.pop(0)
    gc.collect()
    print("popped:", [r() is None for r in rl], fired)


class Holder:
    temp = Thing('class attr')
    rt = watch(temp)
    del temp
    gc.collect()
    print("class body:", rt() is None, fired)


d = weakref.WeakValueDictionary()
e = Thing('value')
d['k'] = e
print(len(d), list(d.keys()))
del e
gc.collect()
print("weak dict after del:", len(d), list(d.keys()), fired)
s = weakref.WeakSet()
f = Thing('member')
s.add(f)
del f
gc.collect()
print("weak set:", len(s), fired)
print(len(fired))


class Store:
    def __setitem__(self, key, value):
        self.ref = weakref.ref(value)


g = Store()
h = Thing('subscript target')
g['k'] = h
del h
gc.collect()
print("stored through __setitem__:", g.ref() is None)


def in_function():
    store = Store()
    item = Thing('function local')
    store['k'] = item
    del item
    gc.collect()
    print("function:", store.ref() is None)
    for _ in range(2):
        item = Thing('loop local')
        r = weakref.ref(item)
        item = None
        gc.collect()
        print("loop:", r() is None)


in_function()
