# range of any size: bounds and lengths past 64 bits index, slice, iterate, count and compare like small ones.
big = range(0, 10 ** 20, 3)
print(big, repr(big), big.start, big.stop, big.step, bool(big), big[0], big[1], big[-1], big[-2])
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(big[10 ** 18], big[2:5], big[-3:], big[::-1][:3], big[10 ** 19:10 ** 19 + 9:4], big[::10 ** 19])
print(3 * 10 ** 18 in big, 3 * 10 ** 18 + 1 in big, -3 in big, 10 ** 20 in big, 99999999999999999999 in big, 9.0 in range(0, 10 ** 20, 3))
print(big.index(3 * 10 ** 18), big.count(10 ** 19 + 1), big.count(3), range(10).count(3.0), range(0, 10 ** 20, 3).index(6.0))
try:
    big.index(1)
except ValueError as e:
    print("ValueError:", e)
try:
    big[10 ** 20]
except IndexError as e:
    print("IndexError:", e)
it = iter(big)
print(next(it), next(it), next(it), type(it).__name__, type(iter(range(3))).__name__)
rev = reversed(big)
print(next(rev), next(rev))
r = range(2 ** 64, 2 ** 64 + 5)
print(list(r), len(r), list(reversed(r)), r[-1], r[1:3], sum(r))
huge = range(-2 ** 63, 2 ** 63)
print(huge[-1], huge[2 ** 64 - 1], huge[0], 0 in huge, huge.index(0))
try:
    len(huge)
except OverflowError as e:
    print("OverflowError:", e)
print(range(0, 10 ** 20, 3) == range(0, 10 ** 20 - 1, 3), range(0, 10 ** 20, 3) == range(0, 10 ** 20 + 1, 3), range(10 ** 30, 10 ** 30) == range(0))
print(range(10 ** 30, 10 ** 30 + 1) == range(10 ** 30, 10 ** 30 + 1, 7), hash(range(10 ** 30, 10 ** 30 + 1)) == hash(range(10 ** 30, 10 ** 30 + 1, 7)))
print(hash(range(0, 10 ** 20, 3)) == hash(range(0, 10 ** 20 + 2, 3)), len({range(0, 10 ** 20, 3), range(0, 10 ** 20 + 2, 3)}))
print(list(range(10 ** 20, 10 ** 20 - 10, -4)), range(10 ** 20, 0, -10 ** 19)[3], len(range(10 ** 20, 0, -10 ** 19)))
print(list(range(9223372036854775805, 9223372036854775809)), list(range(-9223372036854775809, -9223372036854775806)))
print(range(10)[2 ** 70:], range(10)[-2 ** 70:], range(10)[:: 2 ** 70], list(range(10)[::-2 ** 70]))
print(range(True, 10 ** 19 * 2, 10 ** 19), list(range(True, 10 ** 19 * 2, 10 ** 19)))
for bad in [lambda: range(0, 10 ** 20, 0), lambda: range(10 ** 20)[1.5], lambda: range(10 ** 20)[::0], lambda: range(10 ** 20.0)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
