import sys

def show():
    t, v, tb = sys.exc_info()
    print(t.__name__ if t else None, v, tb is not None)

show()
try:
    1 / 0
except ZeroDivisionError:
    show()
    try:
        [][1]
    except IndexError:
        show()
    show()
show()
print(sys.getrecursionlimit() >= 1000)
print(sys.version_info[:2], sys.version_info.major)
print(type(sys.argv).__name__, len(sys.argv))
print(sys.maxsize == 2**63 - 1)
print('sys' in sys.modules, 'builtins' in sys.modules)
