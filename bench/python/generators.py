"""Generator-heavy pipeline: chained generators, yield from, send and generator expressions."""
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    yield from (x * x for x in source)


def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def tree(depth):
    if depth == 0:
        yield depth
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def main(n):
    acc = running_total()
    next(acc)
    last = 0
    for v in squares(evens(numbers(n))):
        last = acc.send(v)
    print(last)
    print(sum(tree(15)))
    print(sum(1 for x in numbers(n) if x % 3 == 0))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000000)
