"""Spectral norm of an infinite matrix, by the power method."""
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_times_u(func, u):
    return [func((i, u)) for i in range(len(u))]


def part_a_times_u(i_u):
    i, u = i_u
    total = 0.0
    for j, u_j in enumerate(u):
        total += eval_a(i, j) * u_j
    return total


def part_at_times_u(i_u):
    i, u = i_u
    total = 0.0
    for j, u_j in enumerate(u):
        total += eval_a(j, i) * u_j
    return total


def eval_ata_times_u(u):
    return eval_times_u(part_at_times_u, eval_times_u(part_a_times_u, u))


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = eval_ata_times_u(u)
        u = eval_ata_times_u(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("%0.9f" % ((vbv / vv) ** 0.5))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
