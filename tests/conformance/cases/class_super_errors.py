# super() outside methods, super objects' attributes, and generator states through inspect.
import inspect


def call(f):
    try:
        return f()
    except RuntimeError as e:
        return f"RuntimeError: {e}"


print(call(super))
try:
    super()
except RuntimeError as e:
    print("module level:", e)


class Base:
    def greet(self):
        return "base"


class Child(Base):
    def greet(self):
        return "child+" + super().greet()


c = Child()
s = super(Child, c)
print(c.greet(), s.greet(), s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
for args in [(Child, 1), (1, c)]:
    try:
        super(*args)
    except TypeError as e:
        print("TypeError:", e)


def gen():
    yield 1


g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.GEN_RUNNING)

