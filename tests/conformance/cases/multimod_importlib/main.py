import importlib, importlib.util, sys, os
m = importlib.import_module("pkg.mod")
print(m.__name__, m.hello(), m.counter, "pkg.mod" in sys.modules, importlib.import_module("pkg") is sys.modules["pkg"])
print(importlib.import_module(".mod", "pkg") is m, importlib.import_module("..mod", "pkg.sub").__name__, importlib.import_module(".sub.leaf", package="pkg").NAME)
r = importlib.reload(m)
print(r is m, m.counter)
for bad in [(".x", None), ("...x", "pkg.sub"), ("", None)]:
    try:
        importlib.import_module(*bad)
    except (TypeError, ImportError, ValueError) as e:
        print(type(e).__name__, e)
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    importlib.import_module("pkg.nope")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    importlib.import_module("other.x")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
importlib.invalidate_caches()
print(importlib.util.find_spec("no_such_mod_abc"), importlib.util.resolve_name(".leaf", "pkg.sub"), importlib.util.resolve_name("abs", None))
s = importlib.util.find_spec("other")
print(s.name, os.path.basename(s.origin), s.submodule_search_locations, s.parent, s.has_location)
s2 = importlib.util.find_spec("pkg.sub")
print(s2.name, os.path.basename(s2.origin), [os.path.basename(p) for p in s2.submodule_search_locations], s2.parent)
print(importlib.util.find_spec(".leaf", "pkg.sub").name, "other" in sys.modules)
spec = importlib.util.spec_from_file_location("loaded_other", os.path.join(os.path.dirname(__file__), "other.py"))
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.X, mod.__name__, type(mod).__name__, "loaded_other" in sys.modules)
try:
    importlib.reload(mod)
except ImportError as e:
    print("ImportError:", e)
try:
    importlib.reload(5)
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.util.resolve_name(".x", None)
except ImportError as e:
    print(e)
