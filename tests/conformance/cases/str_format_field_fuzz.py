# str.format on 1500 random strings of braces, brackets, conversions and specs (seeded): results and errors.
import random
r = random.Random(3)
alphabet = "{}[]!:.0a1rs>x "
class O:
    a = "attr"
    def __repr__(self):
        return "O()"
    __str__ = __repr__
    def __getitem__(self, k):
        return "item" + repr(k)
for i in range(1500):
    s = "".join(r.choice(alphabet) for _ in range(r.randint(1, 9)))
    try:
        out = repr(s.format(O(), "p1", a=O(), x=5))
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    print(repr(s), out)
