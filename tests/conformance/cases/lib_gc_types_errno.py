# gc settings and is_tracked, types (SimpleNamespace rules, CellType, resolve_bases, prepare_class, DynamicClassAttribute), errno codes.
import gc, types, errno, os
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
t("enabled", gc.isenabled); gc.disable(); t("after disable", gc.isenabled); gc.enable(); t("after enable", gc.isenabled)
t("threshold", gc.get_threshold); gc.set_threshold(100, 5); t("set", gc.get_threshold); gc.set_threshold(700, 10, 10)
t("debug", gc.get_debug); gc.set_debug(gc.DEBUG_STATS); t("set debug", gc.get_debug); gc.set_debug(0)
t("flags", (gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK))
t("collect type", lambda: type(gc.collect()).__name__); t("collect 3", lambda: gc.collect(3)); t("collect -1", lambda: gc.collect(-1))
t("garbage", lambda: gc.garbage); t("stats", lambda: [sorted(s) for s in gc.get_stats()]); t("count", lambda: len(gc.get_count()))
class Plain:
    pass
for value in [1, 1.5, "s", None, True, b"b", [], [1], {}, {"a": 1}, {"a": []}, set(), Plain(), Plain, len, 10 ** 30]:
    print("is_tracked", repr(value)[:20].split(" at ")[0], gc.is_tracked(value))
t("is_finalized", lambda: gc.is_finalized(Plain()))
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 3
del ns.a
t("ns", lambda: ns); t("vars", lambda: vars(ns)); t("eq", lambda: ns == types.SimpleNamespace(b=[2], c=3)); t("ne", lambda: ns != types.SimpleNamespace())
t("positional", lambda: types.SimpleNamespace({"x": 1})); t("empty", types.SimpleNamespace)
ns.me = ns
t("recursive", lambda: repr(ns))
class Sub(types.SimpleNamespace):
    pass
t("subclass repr", lambda: Sub(x=1))
def outer():
    v = 5
    def inner():
        return v
    return inner
cell = outer().__closure__[0]
t("cell", lambda: (type(cell) is types.CellType, types.CellType.__name__, cell.cell_contents))
class Entry:
    def __mro_entries__(self, bases):
        return (int,)
t("resolve", lambda: types.resolve_bases((Entry(), str)))
t("resolve plain", lambda: types.resolve_bases((int, str)))
t("new_class", lambda: types.new_class("N", (Entry(),)).__mro__)
t("new_class orig", lambda: types.new_class("N", (Entry(),)).__orig_bases__[0].__class__.__name__)
t("prepare", lambda: types.prepare_class("P", (), {"metaclass": type, "x": 1}))
class Meta(type):
    pass
class A(metaclass=Meta):
    pass
t("prepare meta", lambda: types.prepare_class("Q", (A,))[0].__name__)
t("body", lambda: types.new_class("B", (), {}, lambda ns: ns.update(k=7)).k)
class WithDynamic:
    @types.DynamicClassAttribute
    def name(self):
        "the name"
        return "instance value"
t("dynamic instance", lambda: WithDynamic().name)
t("dynamic class", lambda: WithDynamic.name)
t("dynamic set", lambda: setattr(WithDynamic(), "name", 1))
t("dynamic doc", lambda: WithDynamic.__dict__["name"].__doc__)
for name in ["ENOENT", "EAGAIN", "EWOULDBLOCK", "EDEADLK", "EDEADLOCK", "ENOTSUP", "EOPNOTSUPP", "ETXTBSY", "ESHUTDOWN", "EDQUOT", "ECANCELED", "EOWNERDEAD", "ENOTRECOVERABLE", "ERFKILL", "EILSEQ", "EOVERFLOW", "ESTALE"]:
    code = getattr(errno, name)
    print(name, code, errno.errorcode[code], os.strerror(code))
print(len(errno.errorcode), os.strerror(9999))
