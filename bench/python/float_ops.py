"""Object-heavy float arithmetic: points created, normalised and reduced."""
import math
import sys


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def run(count):
    points = [Point(i) for i in range(count)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
for _ in range(3):
    best = run(n)
print("%.6f %.6f %.6f" % (best.x, best.y, best.z))
