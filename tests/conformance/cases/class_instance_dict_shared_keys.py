class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def get(o):
    return o.x, o.y
ps = [P(i, -i) for i in range(5)]
print([get(p) for p in ps], ps[2].__dict__, vars(ps[3]))
a, b, c, d, e = ps
b.z = 'b only'
print(a.__dict__, b.__dict__, hasattr(a, 'z'))
c.w = 'c differs'
print(c.__dict__, b.__dict__, getattr(c, 'z', 'no z'))
f = P.__new__(P)
f.y = 'y first'
f.x = 'x second'
print(f.__dict__, get(f), list(f.__dict__))
del d.x
print(d.__dict__, hasattr(d, 'x'))
d.x = 'back'
print(d.__dict__, get(d))
e.__dict__['x'] = 'via dict'
e.__dict__.update(q=1, x='updated')
print(get(e), e.__dict__, e.__dict__ == {'x': 'updated', 'y': -4, 'q': 1})
a.__dict__ = {'y': 'replaced'}
a.x = 1
print(a.__dict__, get(a), a.__dict__ is vars(a))
setattr(b, 'x', 'setattr')
delattr(b, 'y')
print(b.__dict__, getattr(b, 'y', 'gone'))
g = P(1, 2)
g.__dict__.clear()
print(g.__dict__, hasattr(g, 'x'))
g.y = 5
g.x = 6
print(g.__dict__, get(g))
h = P(7, 8)
print(h.__dict__.pop('x'), h.__dict__, h.__dict__.popitem(), h.__dict__)
k = P(1, 2)
k.__dict__[3] = 'int key'
k.__dict__['a'] = 'after'
print(k.__dict__, dict(k.__dict__), sorted(k.__dict__.items(), key=str))
copies = [dict(P(i, i).__dict__) for i in range(2)]
print(copies, P(1, 2).__dict__.copy(), {**P(3, 4).__dict__})
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)
m1 = Many(40)
m2 = Many(10)
m3 = Many(35)
print(len(m1.__dict__), m1.a39, m2.__dict__ == {'a%d' % i: i for i in range(10)}, m3.a34, list(m3.__dict__)[-3:], getattr(m2, 'a20', 'none'))
class Sub(P):
    pass
s = Sub(1, 2)
s.extra = 3
print(s.__dict__, get(s))
s.__class__ = P
print(type(s).__name__, s.__dict__, get(s))
import copy
cp = copy.copy(ps[4])
dc = copy.deepcopy(ps[1])
print(cp.__dict__, dc.__dict__)
print(P(1, 2).__dict__ == P(1, 2).__dict__, repr(P(1, [2]).__dict__), len(P(0, 0).__dict__))
for key in list(ps[2].__dict__):
    del ps[2].__dict__[key]
print(ps[2].__dict__, ps[3].__dict__)
