# atexit: registration, order, arguments, unregister, failures reported and the run at exit.
import atexit

base = atexit._ncallbacks()


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


class Named:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Named) and other.name == self.name

    def __hash__(self):
        return hash(self.name)

    def __call__(self):
        print("named", self.name)

    def __repr__(self):
        return "Named(%r)" % self.name


print(atexit.register(show, 1, 2, key="v") is show)
print(atexit._ncallbacks() - base)
atexit.register(show)
atexit.register(Named("a"))
atexit.register(Named("b"))
atexit.register(Named("a"))
print(atexit._ncallbacks() - base)
atexit.unregister(Named("a"))
atexit.unregister(len)
print(atexit._ncallbacks() - base)
atexit._run_exitfuncs()
print("after run", atexit._ncallbacks())
atexit._run_exitfuncs()

for bad in [(), (1,), ("text",)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError", e)

atexit.register(print, "p", "q", sep="-")
atexit._clear()
print("cleared", atexit._ncallbacks())
atexit._run_exitfuncs()

print(type(atexit.register).__name__, atexit.register.__name__, atexit.unregister.__name__)


def nested():
    print("nested ran")


def registers_more():
    print("registers_more ran")
    atexit.register(nested)


def failing():
    print("failing ran")
    raise ValueError("x")


atexit.register(print, "last handler", sep="")
atexit.register(Named("z"))
atexit.register(failing)
atexit.register(registers_more)
atexit.register(lambda: print("lambda ran"))
print("end of script")
