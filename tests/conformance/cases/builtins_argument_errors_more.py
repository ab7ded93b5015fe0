# Builtins' argument errors: map/filter counts, pow's third argument, sort keywords, format spec type, union subclass checks.
calls = [
    lambda: map(None), lambda: map(), lambda: filter(None), lambda: filter(None, [], []), lambda: pow(2, 3, 0.5),
    lambda: pow(2.0, 3, 5), lambda: pow("a", 2, 3), lambda: sorted([1], cmp=5), lambda: [].sort(1), lambda: sorted([2, 1], key=None, x=2),
    lambda: sorted([1], reverse="x"), lambda: sorted([1], reverse=1.5), lambda: sorted([2, 1, 3], reverse=2), lambda: format(5, None),
    lambda: format(5, 1), lambda: issubclass(bool, int | None), lambda: issubclass(type(None), int | None), lambda: issubclass(str, int | float),
    lambda: issubclass(1, int | str), lambda: isinstance(None, int | None), lambda: hash(""), lambda: hash(b""),
    lambda: type(reversed({1: 2})).__name__, lambda: type(reversed({1: 2}.values())).__name__, lambda: type(reversed({1: 2}.items())).__name__,
    lambda: list(reversed({1: 2, 3: 4}.items())), lambda: {1: 2}.keys().mapping, lambda: type({1: 2}.items().mapping).__name__,
    lambda: list(map(pow, [2, 3], [2])), lambda: list(filter(None, [0, 1, 2])),
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
l = [3, 1, 2]
l.sort(reverse=True, key=lambda x: x)
print(l)
