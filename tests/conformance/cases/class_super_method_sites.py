class A:
    def m(self, x):
        return 'A%s' % x
    def n(self):
        return 'A.n'
    def __repr__(self):
        return 'A-repr'
class B(A):
    def m(self, x):
        return 'B' + super().m(x)
    def n(self):
        return super().n() + '/B'
    def r(self):
        return super().__repr__()
    def cls(self):
        return super().__class__
class C(A):
    def m(self, x):
        return 'C' + super().m(x)
class D(B, C):
    def m(self, x):
        return 'D' + super().m(x)
for i in range(3):
    print(D().m(i), B().m(i), C().m(i), D().n(), B().r(), D().cls())
A.m = lambda self, x: 'patched%s' % x
print(D().m(4), B().m(5))
C.m = lambda self, x: 'Cnew'
print(D().m(6))
del C.m
print(D().m(7))
class E(A):
    def m(self, x):
        return super().m(x)
e = E()
e.m = 'instance attr does not matter for super'
print(E.m(e, 8))
class F(A):
    @classmethod
    def k(cls):
        return super().n
    def g(self):
        return super().m
print(F.k().__name__, F().g()(1))
class G(A):
    pass
class H(G):
    def n(self):
        return super(G, self).n() + '/H'
print(H().n())
class Plain(A):
    value = 5
class Q(Plain):
    def v(self):
        return super().value
print(Q().v())
