# random: CPython's exceptions and messages for bad arguments.
import random
cases = [lambda: random.seed([1]), lambda: random.seed({}), lambda: random.setstate((9, (), None)), lambda: random.getrandbits(-1),
         lambda: random.randrange(1, 1), lambda: random.randrange(0, 10, 0), lambda: random.randrange(10, 0, 2), lambda: random.randrange(0),
         lambda: random.randrange(-3), lambda: random.randrange(1, 5, 1.5), lambda: random.randrange("a"), lambda: random.randint(5, 1),
         lambda: random.choices([1, 2], [1]), lambda: random.choices([1], cum_weights=[1], weights=[1]), lambda: random.choices([1, 2], 2),
         lambda: random.choices([1, 2], [0, 0]), lambda: random.choices([1, 2], [1, float("inf")]), lambda: random.choice([]),
         lambda: random.choice(""), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2), lambda: random.sample([1], -1),
         lambda: random.sample([1, 2], 1, counts=[1]), lambda: random.sample([1, 2], 1, counts=[1.5, 1]), lambda: random.sample([1], 1, counts=[0]),
         lambda: random.gammavariate(0, 1), lambda: random.Random().setstate((3, (1, 2), None)), lambda: random.Random().setstate((3, 5, None)),
         lambda: random.SystemRandom().getstate(), lambda: random.SystemRandom().getrandbits(-2), lambda: random.Random(1, 2)]
for case in cases:
    try:
        print(case())
    except Exception as e:
        print(type(e).__name__ + ":", e)
