import pprint, reprlib, collections
data = {'name': 'x'*30, 'items': list(range(30)), 'nested': {'a': [1,2,{'b': (3,4,5)}], 'c': {1,2,3}}, 'tup': (1,), 's': 'lorem ipsum dolor sit amet '*5}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pp({'b': 1, 'a': 2})
l = [1,2]; l.append(l)
print(pprint.isreadable({1: object()}), pprint.isreadable([1, 'a']))
pprint.pprint(b'abcdefgh'*20)
pprint.pprint(bytearray(b'xyz'*40), width=40)
pprint.pprint(collections.OrderedDict((str(i), i) for i in range(20)))
pprint.pprint(collections.defaultdict(list, {i: [i]*i for i in range(8)}))
pprint.pprint(collections.Counter('abracadabra'*10), width=20)
pprint.pprint(collections.deque(range(30), maxlen=40))
pprint.pprint(frozenset(range(30)))
pprint.pprint({'k': 'line one\nline two is longer than the others, really much longer\n'}, width=40)
pprint.pprint(10**30, underscore_numbers=True)
print(pprint.pformat([{'x': i, 'y': str(i)} for i in range(5)], width=30))
r = reprlib.Repr(); print(r.repr(list(range(100))), reprlib.repr('a'*100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(10**60))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr((1,)), reprlib.repr(frozenset()), reprlib.repr(object())[:8])
class A:
    def __init__(self): self.me = self
    @reprlib.recursive_repr()
    def __repr__(self): return 'A(%r)' % (self.me,)
print(A(), A.__repr__.__name__)
l = [1, 2]; l.append(l)
print(pprint.isrecursive(l), pprint.isreadable(l), pprint.saferepr(l).startswith('[1, 2, <Recursion on list with id='))
pprint.pprint({'x': [1, 2, 3]}, width=8, indent=3)
print(pprint.pformat(('a',), width=3), pprint.pformat(set()), pprint.pformat({}), pprint.pformat(''))
pprint.pprint({(1, 'a'): None, (0, None): 1, 3: 'x', 'b': 2.5})
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10; r.fillvalue = '<>'
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr(list(range(3))))
