# heapq and bisect: keys, reverse merge, errors, stability and edge cases.
import heapq, bisect
h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.nsmallest(2, h), heapq.nlargest(1, h), heapq.nsmallest(0, h), heapq.nlargest(-1, h), heapq.nsmallest(1, []), heapq.nlargest(3, iter([1, 2])))
print(heapq.nlargest(2, ["a", "bbb", "cc"], key=len), heapq.nsmallest(2, [(1, "b"), (1, "a"), (0, "z")]), heapq.nsmallest(3, [2, 1, 2, 1], key=lambda v: -v))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None), lambda: bisect.bisect_left([1], 1, -1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.heappushpop([], 5), heapq.heappushpop([1, 2], 0), heapq.heappushpop([1, 2], 3))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(["bb", "a"], ["ccc"], key=len)), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([(1, "x")], [(1, "y")], key=lambda t: t[0])), list(heapq.merge([1, 3], [2, 4], key=lambda v: v, reverse=False)))
data = [(2, "b"), (1, "a"), (3, "c"), (1, "z")]
heapq.heapify(data)
print([heapq.heappop(data) for _ in range(len(data))])
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 5, hi=2), bisect.bisect_right(a, 0))
people = [("al", 20), ("bo", 30), ("cy", 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.bisect_right(people, 30, key=lambda p: p[1]))
bisect.insort_left(people, ("di", 30), key=lambda p: p[1])
bisect.insort(people, ("ed", 30), key=lambda p: p[1])
print(people)
s = []
for v in [3, 1, 2, 1]:
    bisect.insort_right(s, v)
print(s, bisect.bisect_left("aceg", "d"), bisect.bisect_right((1, 1, 1), 1))
