# Errors for * and ** arguments name the callee as CPython does; the callee expression is evaluated once.
calls = 0


def make():
    global calls
    calls += 1
    return lambda *a, **k: (a, sorted(k.items()))


print(make()(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}), "callee built", calls, "time(s)")


class Meter:
    def read(self, *a):
        return a


def plain():
    pass


class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 10


print([*Seq()], (*Seq(),), sorted({*Seq()}), Meter().read(*Seq()))
for callee in [Meter().read, Meter.read, len, int, plain, lambda: 0, print, [].append, Meter]:
    for call in (lambda: callee(*3), lambda: callee(**3), lambda: callee(**{"a": 1}, **{"a": 2}), lambda: callee(*None)):
        try:
            call()
        except TypeError as e:
            print(e)
for display in (lambda: [*5], lambda: (*5,), lambda: {*5}, lambda: {**[1]}):
    try:
        display()
    except TypeError as e:
        print(e)
