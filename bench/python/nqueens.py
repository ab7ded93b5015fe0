"""All solutions of the N-queens puzzle, by permutations filtered with sets."""
import sys


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield (items[i],) + p


def n_queens(n):
    cols = list(range(n))
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
solutions = list(n_queens(n))
print(len(solutions), solutions[0], solutions[-1])
