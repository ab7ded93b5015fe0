# __del__ and abandoned generators: finalized once the object is collected (gc.collect() here,
# so the order is the same with and without reference counting), and at exit for globals.
import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name)


class Pooled(Resource):
    __slots__ = ("pool",)


saved = []


class Phoenix:
    def __del__(self):
        print("phoenix finalized")
        saved.append(self)


Resource("a")
gc.collect()
Pooled("b")
gc.collect()
Phoenix()
gc.collect()
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print("phoenix gone without a second __del__")


class Tracker:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, kind, value, tb):
        print("exit", self.label, kind.__name__ if kind else None)
        return False


def lines(label):
    with Tracker(label):
        try:
            yield 1
            yield 2
        finally:
            print("finally", label)


g = lines("abandoned")
print(next(g))
del g
gc.collect()

done = lines("exhausted")
print(list(done))
del done
gc.collect()

fresh = lines("never started")
del fresh
gc.collect()


def pipeline():
    inner = lines("inner")
    yield from inner


p = pipeline()
print(next(p))
del p
gc.collect()

keep = Resource("global at exit")
running = lines("global generator at exit")
next(running)
print("end of script")
