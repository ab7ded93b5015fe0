import traceback, sys
def rec(n):
    if n == 0:
        raise ValueError("bottom")
    rec(n - 1)
try:
    rec(8)
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), [l.split(",")[1:] for l in lines[:-1]], lines[-1])
    tb = e.__traceback__
    ss = traceback.extract_tb(tb)
    print(len(ss), [(f.lineno, f.name, f.line) for f in ss][:3], repr(ss[0])[:14], ss[0][1:], len(ss[0]))
    print(traceback.extract_tb(tb, limit=2)[-1].name, traceback.extract_tb(tb, limit=-1)[0].line)
    print([x[1] for x in traceback.walk_tb(tb)][:3])
    print("".join(traceback.format_tb(tb, 1)).count("File"))
def outer():
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("wrapped") from k
try:
    outer()
except RuntimeError:
    s = traceback.format_exc()
    print(s.count("Traceback"), "direct cause" in s, s.splitlines()[-1])
    te = traceback.TracebackException(*sys.exc_info())
    print(type(te.__cause__).__name__, te.__context__ is None, str(te), te.exc_type.__name__, te.__suppress_context__)
    print([l.strip() for l in te.format_exception_only()], sum(1 for _ in te.format(chain=False)))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        x = undefined_name
except NameError:
    out = traceback.format_exc(chain=True)
    print("During handling" in out, out.splitlines()[-1], traceback.format_exc(chain=False).count("Traceback"))
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 9, "g", None)]))
fs = traceback.FrameSummary("f.py", 10, "fn", line="  code()  ")
print(fs, fs.line, fs == ("f.py", 10, "fn", "code()"), list(fs), fs.locals)
st = traceback.StackSummary.from_list([fs, ("g.py", 1, "<module>", "pass")])
print(st.format(), type(st).__name__)
print(traceback.format_exception_only(SyntaxError("invalid syntax", ("f.py", 3, 5, "  x = = 1\n", 3, 8))))
print(traceback.format_exception_only(ValueError, None), traceback.format_exception_only(None))
class Bad(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(Bad()))
class Outer:
    class Inner(Exception): pass
print(traceback.format_exception_only(Outer.Inner("m")))
try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as e:
    print(e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print(e)
def deep(n):
    if n: return deep(n-1)
    raise KeyError(n)
try: deep(10)
except KeyError:
    t = traceback.format_exc()
    print("Previous line repeated 7 more times" in t, t.count("in deep"))
st = traceback.extract_stack()
print(type(st).__name__, st[-1].name, len(st))
def inner_stack():
    return traceback.extract_stack(limit=2)
print([f.name for f in inner_stack()])
import io
buf = io.StringIO()
try:
    raise ValueError("to buf")
except ValueError:
    traceback.print_exc(file=buf)
print(buf.getvalue().splitlines()[-1], buf.getvalue().splitlines()[2])
traceback.print_exception(ValueError("solo"), file=sys.stdout)
traceback.print_exception(ValueError, ValueError("old style"), None, file=sys.stdout)
e = ValueError("n"); e.add_note("note one") if hasattr(e, "add_note") else None
print(traceback.format_exception_only(e))
