# itertools: reprs, argument errors, laziness and exact consumption, subclassing.
import itertools as it
print(it.count(), it.count(5), it.count(2, 3), it.count(1.5), it.count(0, 0.5), it.repeat("a", 3), it.repeat(None), it.repeat(1, -4))
c = it.count(3)
next(c)
r = it.repeat("x", 2)
next(r)
print(c, r, r.__length_hint__(), list(r), r)
for bad in [lambda: it.islice([], -1), lambda: it.islice([], 0, 5, 0), lambda: it.islice([], "a"), lambda: it.islice([]), lambda: it.islice([], 1, 2, 3, 4),
            lambda: it.combinations("ab"), lambda: it.combinations("ab", -1), lambda: it.product("a", repeat=-1), lambda: it.tee([], -1),
            lambda: it.count("a"), lambda: it.cycle(), lambda: it.takewhile(len), lambda: it.chain(x=1), lambda: it.permutations("a", "x"),
            lambda: it.starmap(pow), lambda: it.repeat(), lambda: it.count(foo=1), lambda: next(it.starmap(pow, [5]))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
src = iter(range(10))
print(list(it.islice(src, 2, 6, 3)), next(src), list(it.islice(src, 0)), next(src))
src2 = iter([1, 2, 3, 10, 4, 5])
print(list(it.takewhile(lambda x: x < 5, src2)), list(src2))
print(type(it.chain()).__name__, type(it.chain()).__module__, it.chain.from_iterable(["ab", "c"]).__class__.__name__, list(it.chain.from_iterable(["ab", "c"])))
a, b = it.tee(it.count())
print(next(a), next(a), next(b), type(a).__name__, list(it.islice(a.__copy__(), 3)), it.tee("ab", 0))
g = it.groupby("aabbbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [(k, len(list(v))) for k, v in it.groupby([1, 1, 2, 2, 2, 1], key=lambda x: x % 2)])
print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2))[:4], list(it.combinations_with_replacement("abc", 2)))
print(list(it.combinations([], 0)), list(it.combinations_with_replacement([], 1)), list(it.permutations("ab", 0)), list(it.product("ab", repeat=0)))
print(list(it.accumulate([1, 2, 3], initial=None)), list(it.accumulate([], initial=5)), list(it.accumulate([2, 3, 4], func=lambda a, b: a * b, initial=1)))
print(list(it.zip_longest([1, 2], fillvalue=0)), list(it.compress(range(5), it.cycle([1, 0]))), list(it.islice(it.dropwhile(lambda x: x < 3, it.count()), 2)))
print(list(it.starmap(divmod, [(7, 2), (9, 4)])), list(it.filterfalse(str.isdigit, "a1b2")), list(it.pairwise("")), list(it.pairwise(range(4))))
class Evens(it.count):
    pass
e = Evens(0, 2)
print(next(e), next(e), e, isinstance(e, it.count))
print(list(it.islice(it.cycle([]), 3)), list(zip(it.repeat(7), "ab")), sum(it.repeat(2, 50)), list(it.islice(it.count(10 ** 20), 2)))
print(list(it.chain([1], it.repeat(2, 2), (x for x in [3]))), list(it.islice("abcdefg", 1, None, 2)), list(it.islice(range(5), 10)))
