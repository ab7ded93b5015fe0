# StopIteration values from Python-level iterators through next() and yield from; generator frames and code.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("finished")
        self.n -= 1
        return self.n


it = Countdown(2)
print(next(it), next(it), next(it, "default"))
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)


def delegate():
    result = yield from Countdown(3)
    yield ("result", result)


print(list(delegate()))


def gen_return():
    yield 1
    return "ret"


g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("generator return:", e.value)


def gen():
    x = yield 1
    yield x


g = gen()
print(g.gi_frame is not None, g.gi_code.co_name, g.gi_running, g.gi_suspended)
print(next(g), g.gi_suspended, g.gi_frame.f_code.co_name)
print(g.send("sent"))
print(list(g), g.gi_frame, g.gi_suspended)
ge = (i * i for i in range(3))
print(ge.gi_code.co_name, list(ge), ge.gi_frame)
try:
    list.append()
except TypeError as e:
    print("TypeError:", e)
try:
    str.upper()
except TypeError as e:
    print("TypeError:", e)
