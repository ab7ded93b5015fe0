import warnings, sys, io
print(warnings.filters[0], len(warnings.filters))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("inst"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].filename == __file__, type(w[0].message).__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(w))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised:", repr(e))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeat")
    print("default dedups:", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    def f():
        warnings.warn("once msg")
    f(); f()
    warnings.warn("once msg")
    print("once:", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("user")
    print([str(x.message) for x in w])
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "code line"))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3)))
buf = io.StringIO()
warnings.showwarning("shown", FutureWarning, "f.py", 7, file=buf, line="x = 1")
print(repr(buf.getvalue()))
old = sys.stderr
sys.stderr = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "mod.py", 42)
out = sys.stderr.getvalue()
sys.stderr = old
print(repr(out))
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
log = []
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda *a: log.append(a[:2])
    warnings.warn("custom hook")
print(log, warnings.showwarning is warnings._showwarning_orig)
with warnings.catch_warnings(record=True, action="always") as w:
    warnings.warn("with action", UserWarning)
    print(len(w), str(w[0]).split(",")[0])
n = len(warnings.filters)
warnings.resetwarnings()
print(warnings.filters, n)
