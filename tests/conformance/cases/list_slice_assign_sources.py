# List slice assignment from lists, tuples, itself, iterables, and extended slices.
l = list(range(6))
l[1:3] = (7, 8, 9)
print(l)
l[2:2] = l
print(l)
p = [0, 1, 2, 3, 4, 5]
p[:4] = p[3::-1]
print(p)
p[:3] = [5, 4, 3]
print(p)
p[::2] = (9, 9, 9)
print(p)
p[1:] = range(3)
print(p)
p[5:] = "xy"
print(p)
q = [1, 2, 3]
q[:] = q
print(q)
q[::-1] = q
print(q)
try:
    q[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    q[0:1] = 5
except TypeError as e:
    print("TypeError", e)
class L(list):
    def __iter__(self):
        return iter([0])
r = [1, 2]
r[:1] = L([7, 8])
print(r)
perm = list(range(9))
for k in (3, 5, 8, 2):
    perm[:k + 1] = perm[k::-1]
print(perm, perm[:], perm[::3], perm[-2::-2])
