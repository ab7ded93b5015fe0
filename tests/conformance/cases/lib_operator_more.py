# operator: reprs of the callable objects, argument errors, the in-place and dunder forms, length_hint.
import operator as op
print(op.itemgetter(1), op.itemgetter(1, "a"), op.attrgetter("x.y", "z"), op.methodcaller("f", 1, k=2), op.methodcaller("g"))
for bad in [lambda: op.itemgetter(), lambda: op.attrgetter(1), lambda: op.methodcaller(), lambda: op.methodcaller(5), lambda: op.itemgetter(1)(),
            lambda: op.itemgetter(5)([1]), lambda: op.attrgetter("nope")(1), lambda: op.concat(1, 2), lambda: op.indexOf([1], 2), lambda: op.index(1.5),
            lambda: op.length_hint(1, "x"), lambda: op.add(1, "a"), lambda: op.itemgetter(1)([1, 2], [3])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(op.__add__(1, 2), op.__not__(1), op.__getitem__("ab", 1), op.__contains__("abc", "b"), op.matmul is not None, op.ipow(2, 5), op.ifloordiv(7, 2), op.imod(7, 3))
s = {1}
print(op.ior(s, {2}) is s, s, op.iand({1, 2}, {2}), op.ixor(5, 1), op.ilshift(1, 3), op.irshift(8, 1), op.isub(5, 2), op.itruediv(1, 4))
l = [1]
print(op.iconcat(l, [2]) is l, l, op.imatmul.__name__, op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5), op.length_hint(x for x in []), op.length_hint(object(), 9))
class Hint:
    def __length_hint__(self):
        return 4
print(op.length_hint(Hint()), op.truth(0), op.is_not(None, None), op.countOf("banana", "a"), op.indexOf((1, 2, 3), 3), op.index(True))
class C:
    def __init__(self):
        self.x = 1
        self.me = self
print(op.attrgetter("me.me.x")(C()), op.itemgetter(-1, 0)("abc"), op.methodcaller("count", "a", 1)("aaa"), op.call(max, 1, 5, key=lambda v: -v))
print(sorted([{"n": 2}, {"n": 1}], key=op.itemgetter("n")), list(map(op.mul, [1, 2], [3, 4])), op.neg(-0.0), op.pos(True), op.abs(-2.5), op.inv(-1))
print(op.lt(1, 2), op.eq([1], [1]), op.ne("a", "a"), op.ge(3, 3.0), op.gt((1, 2), (1,)), op.le({1}, {1, 2}), op.xor(True, False), op.and_({1, 2}, {2}))
