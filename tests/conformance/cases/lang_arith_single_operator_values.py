# Single arithmetic operators on ints, floats and bools: values, types and errors at the edges.
import sys
vals = [0, 1, -1, 7, -7, 2**62, -2**63, 2**63-1, 2**64, -2**64, 3.5, -3.5, 0.0, -0.0, float('inf'), float('nan'), True, False]
for a in vals:
    for b in vals:
        for name, f in (('*', lambda a, b: a * b), ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b)):
            try:
                r = f(a, b)
                print(repr(a), name, repr(b), '=', repr(r), type(r).__name__)
            except Exception as e:
                print(repr(a), name, repr(b), '!', type(e).__name__, e)
print('%s-%d' % ('x', 3), 'a' * 3, [1] * 2, 3 * 'b')
