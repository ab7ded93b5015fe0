# Tracebacks through comprehensions and generator expressions name the line of the part that failed.
import traceback


def f(x):
    return 1 // x


def lines(run):
    try:
        run()
    except ZeroDivisionError as e:
        return [(fr.lineno, fr.name) for fr in traceback.extract_tb(e.__traceback__)][1:]


print(lines(lambda: [
    f(x) for x in [1, 0]]))
print(lines(lambda: {
    f(x) for x in [1, 0]}))
print(lines(lambda: {
    x:
    f(x) for x in [1, 0]}))
print(lines(lambda: [
    x for x in [1, 0]
    if f(x)]))
print(lines(lambda: [
    y for x in [1, 0]
    for y in
    [f(x)]]))
for consumer in (set, list, tuple, sorted, sum, all, max, min, frozenset, dict.fromkeys):
    print(consumer.__name__, lines(lambda: consumer(
        f(x) for x in [1, 0])))
print('join', lines(lambda: ''.join(
    str(f(x)) for x in [1, 0])))
print('next', lines(lambda: next(
    f(x) for x in [0])))
gen = (f(x)
       for x in [1, 0])
print('for', lines(lambda: [v for v in gen]))
