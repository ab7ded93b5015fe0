import contextlib
class B(contextlib.AbstractContextManager): pass
try: B()
except TypeError as e: print(e)
print(contextlib.AbstractContextManager[int])
print(contextlib.AbstractContextManager.__enter__.__doc__)
class C:
    def __enter__(self): pass
    def __exit__(self, *a): pass
print(issubclass(C, contextlib.AbstractContextManager), isinstance(open, contextlib.AbstractContextManager))
with contextlib.suppress(KeyError): {}[1]
with contextlib.nullcontext(5) as v: print(v)
import io
with contextlib.redirect_stdout(io.StringIO()) as f: print("x")
print(repr(f.getvalue()))
print(contextlib.AbstractContextManager.__abstractmethods__)
