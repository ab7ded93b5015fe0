"""Method-call heavy: instance, class, static and inherited methods, properties, super()."""
import sys


class Base:
    def __init__(self, value):
        self._value = value

    @property
    def value(self):
        return self._value

    def step(self, x):
        return x + self._value

    @classmethod
    def make(cls, value):
        return cls(value)

    @staticmethod
    def combine(a, b):
        return a ^ b


class Derived(Base):
    def step(self, x):
        return super().step(x) + 1

    def twice(self, x):
        return self.step(self.step(x))


def run(n):
    objs = [Derived.make(i % 7) for i in range(8)]
    total = 0
    for i in range(n):
        o = objs[i & 7]
        total = Base.combine(total, o.twice(i) + o.value) & 0xFFFFFF
    return total


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1600000))
