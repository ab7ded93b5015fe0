# Frames: f_lineno of the current frame and of callers, f_back, f_code, f_globals,
# f_locals of module and class bodies, and the library that reads them.
import inspect
import io
import logging
import os
import sys
import traceback
import warnings


def inner():
    f = sys._getframe()
    print("current", f.f_lineno, f.f_code.co_name)
    print("moved on", f.f_lineno)
    print("caller", f.f_back.f_code.co_name, f.f_back.f_lineno)
    print("two up", sys._getframe(2).f_code.co_name, sys._getframe(2).f_lineno)
    print("same object", sys._getframe() is f, f.f_back is sys._getframe(1))
    print("globals", f.f_globals is globals(), f.f_back.f_globals is globals())
    return f


def outer():
    x = 1
    return inner()


done = outer()
print("after return", done.f_code.co_name, done.f_back.f_code.co_name)
print("module frame", sys._getframe().f_lineno, sys._getframe().f_locals is globals())
print("outermost back", sys._getframe().f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print("too deep:", e)


def show_stack():
    for entry in traceback.extract_stack()[-3:]:
        print("stack", entry.lineno, entry.name, entry.line)
    out = io.StringIO()
    traceback.print_stack(file=out)
    for line in out.getvalue().splitlines()[-4:]:
        print("printed", line.replace(os.path.abspath(__file__), "FILE").strip())


def calls_show():
    show_stack()


calls_show()


def inspected():
    here = inspect.currentframe()
    print("currentframe", here.f_lineno, here.f_code.co_name, inspect.isframe(here))
    for info in inspect.stack()[:2]:
        print("inspect.stack", info.lineno, info.function, info.code_context, info.index, os.path.basename(info.filename))
    info = inspect.getframeinfo(here, context=3)
    print("frameinfo", info.lineno, info.function, info.index, [l.strip() for l in info.code_context])
    print("getlineno", inspect.getlineno(here))


inspected()


class Body:
    a = 1
    print("class locals", sorted(locals()), sorted(vars()))
    print("class frame", sys._getframe().f_locals is locals(), sys._getframe().f_code.co_name)
    b = 2
    print("class dir", dir())


def local_names(a, b=2):
    y = 5
    here = sys._getframe()
    z = a + y
    print("function f_locals", sorted((k, v) for k, v in here.f_locals.items() if k != 'here'), 'here' in here.f_locals)
    print("frame repr", repr(here).startswith('<frame at 0x'), repr(here).endswith(", line %d, code local_names>" % here.f_lineno))
    del y
    print("after del", sorted(here.f_locals))
    return here


print("function f_locals is a dict", type(local_names(1).f_locals).__name__)


def reads_currentframe():
    value = 'seen'
    return sorted(inspect.currentframe().f_locals)


print("currentframe locals", reads_currentframe())

caught = []


def record(message, category, filename, lineno, file=None, line=None):
    caught.append((str(message), category.__name__, os.path.basename(filename), lineno))


warnings.showwarning = record


def warn_here():
    warnings.warn("from the caller", stacklevel=2)
    warnings.warn("from here")


warn_here()
warnings.warn_explicit("explicit", UserWarning, "f.py", 7)
print("warnings", caught)

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(lineno)d %(funcName)s %(module)s %(message)s"))
log = logging.getLogger("frames")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False


def log_it():
    log.info("inside")
    log.warning("%s args", "two")


log_it()
log.error("top level")


def gen():
    yield sys._getframe().f_lineno
    yield sys._getframe().f_back.f_code.co_name


g = gen()
print("generator", next(g), next(g))
print("lambda", (lambda: sys._getframe().f_lineno)(), (lambda: sys._getframe(1).f_lineno)())
print("comprehension", [sys._getframe(1).f_code.co_name for _ in range(1)])
