import contextlib, io, os, sys
from contextlib import ExitStack, contextmanager, suppress, redirect_stderr, redirect_stdout, nullcontext, closing, AbstractContextManager, ContextDecorator, chdir
class CM:
    def __init__(self, name, swallow=False, fail=None):
        self.name, self.swallow, self.fail = name, swallow, fail
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        if self.fail:
            raise self.fail
        return self.swallow
with ExitStack() as st:
    a = st.enter_context(CM("a"))
    st.enter_context(CM("b", swallow=True))
    st.callback(print, "cb", 1, k=2)
    raise ValueError("inner")
print("after suppressed")
try:
    with ExitStack() as st:
        st.enter_context(CM("x"))
        st.enter_context(CM("y", fail=KeyError("from y")))
        raise ValueError("orig")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
try:
    with ExitStack() as st:
        st.enter_context(CM("p", fail=RuntimeError("p failed")))
        st.enter_context(CM("q", fail=TypeError("q failed")))
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__context__))
with ExitStack() as st:
    st.enter_context(CM("moved"))
    later = st.pop_all()
print("stack closed, moved not exited yet")
later.close()
def exit_fn(et, ev, tb):
    print("exit_fn saw", et.__name__ if et else None)
    return True
with ExitStack() as st:
    st.push(exit_fn)
    st.push(CM("pushed"))
    1 / 0
print("pushed swallowed")
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)
s = ExitStack()
print(s.callback(print, "s closing") is print, s.push(exit_fn) is exit_fn)
s.close()
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def ignore_and_yield():
    try:
        yield
    except ValueError:
        yield
try:
    with ignore_and_yield():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration("stop!")
except StopIteration as e:
    print("StopIteration passed through:", e)
@contextmanager
def converter():
    try:
        yield
    except KeyError as e:
        raise LookupError("converted") from e
try:
    with converter():
        raise KeyError("k")
except LookupError as e:
    print("LookupError", e, repr(e.__cause__))
cm = contextmanager(lambda: (yield 5))()
with cm as v:
    print("lambda gen", v)
try:
    with cm:
        pass
except (AttributeError, RuntimeError) as e:
    print("reuse fails:", type(e).__name__)
class Deco(ContextDecorator):
    def __enter__(self):
        print("deco enter")
        return self
    def __exit__(self, *exc):
        print("deco exit", exc[0])
        return False
@Deco()
def work(x):
    """doc of work"""
    return x + 1
print(work(1), work.__name__, work.__doc__)
@contextmanager
def tagged(n):
    print("open", n)
    yield
    print("close", n)
@tagged("t")
def twice():
    print("body")
twice(); twice()
err = io.StringIO()
with redirect_stderr(err) as target:
    print("to err", file=sys.stderr)
print(repr(err.getvalue()), target is err)
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print(repr(outer.getvalue()), repr(inner.getvalue()))
rs = redirect_stdout(io.StringIO())
with rs:
    with rs:
        print("reentrant")
print("reentrant ok")
with suppress():
    print("empty suppress")
with suppress(ArithmeticError):
    1 / 0
print(suppress(KeyError).__exit__(None, None, None), suppress(KeyError).__exit__(KeyError, KeyError(), None))
n = nullcontext()
with n as v:
    print("nullcontext default", v)
print(issubclass(CM, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager), issubclass(int, AbstractContextManager))
class Thing:
    def close(self):
        print("thing closed")
try:
    with closing(Thing()):
        raise ValueError("in closing")
except ValueError as e:
    print("closing still closed on error:", e)
start = os.getcwd()
with chdir(".."):
    print("changed", os.getcwd() == os.path.dirname(start))
print("restored", os.getcwd() == start)
@contextmanager
def gen_with_value():
    yield [1, 2]
with gen_with_value() as lst, nullcontext(len(lst)) as size:
    print(lst, size)
