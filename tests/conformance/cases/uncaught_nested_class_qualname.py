# An uncaught exception of a nested class prints with its qualified name (and the module's for non-main ones).
import collections


class Outer:
    class Inner(Exception):
        pass

    class Other(LookupError):
        pass


for exc in [Outer.Inner("a"), Outer.Other("b"), collections.abc.Set]:
    print(getattr(exc, "__qualname__", type(exc).__qualname__), type(exc).__module__)
try:
    raise Outer.Other("caught")
except LookupError as e:
    print("caught", type(e).__qualname__, e)
raise Outer.Inner("nested exception classes print their qualified name")
