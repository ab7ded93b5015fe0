# pickle round trips, the Pickler/Unpickler hooks, CPython-written pickles of every protocol, and the errors.
import io
import pickle
import re


def show_error(exc):
    text = re.sub(r"0x[0-9a-f]+", "0x...", str(exc))
    return f"{type(exc).__module__}.{type(exc).__name__}: {text}"


def attempt(label, f):
    try:
        print(label, f())
    except Exception as exc:
        print(label, show_error(exc))


shared = [1, 2]
data = {"list": shared, "again": shared, "tuple": (shared, "x"), "set": {1, 2}, "frozen": frozenset({3}),
        "nested": [[[]]], "big": 2**200, "neg": -5, "float": 0.1, "bytes": b"\x00\x01", "none": None}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(data, proto))
    print(proto, back == data, back["list"] is back["again"], back["tuple"][0] is back["list"])

recursive = []
recursive.append(recursive)
recursive.append({"me": recursive})
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(recursive, proto))
    print(proto, back[0] is back, back[1]["me"] is back)

# One Pickler writing twice shares its memo; one Unpickler reads both.
buffer = io.BytesIO()
pickler = pickle.Pickler(buffer, 2)
pickler.dump(shared)
pickler.dump(shared)
print(buffer.getvalue())
buffer.seek(0)
unpickler = pickle.Unpickler(buffer)
first, second = unpickler.load(), unpickler.load()
print(first, second, first is second)
pickler.clear_memo()

buffer = io.BytesIO()
pickle.dump({"a": 1}, buffer, protocol=0)
pickle.dump([2], buffer)
buffer.seek(0)
print(pickle.load(buffer), pickle.load(buffer))


class Record:
    def __init__(self, key):
        self.key = key


class DbPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ("record", obj.key) if isinstance(obj, Record) else None


class DbUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return f"loaded {kind} {key}"


for proto in (0, 1, 2, 4):
    buffer = io.BytesIO()
    if proto == 0:
        class TextPickler(pickle.Pickler):
            def persistent_id(self, obj):
                return f"rec-{obj.key}" if isinstance(obj, Record) else None
        TextPickler(buffer, proto).dump([Record(7), "plain"])
    else:
        DbPickler(buffer, proto).dump([Record(7), "plain"])
    print(proto, buffer.getvalue())
    buffer.seek(0)
    print(DbUnpickler(buffer).load() if proto else pickle.Unpickler(buffer).load.__name__)


class Money:
    def __init__(self, cents):
        self.cents = cents


class MoneyPickler(pickle.Pickler):
    dispatch_table = {Money: lambda m: (Money, (m.cents * 2,))}


buffer = io.BytesIO()
MoneyPickler(buffer, 4).dump(Money(5))
print(buffer.getvalue(), pickle.loads(buffer.getvalue()).cents)


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Money):
            return (Record, (obj.cents,))
        return NotImplemented


buffer = io.BytesIO()
OverridePickler(buffer, 3).dump([Money(3), Money, 5])
print(buffer.getvalue(), pickle.loads(buffer.getvalue())[0].key)


class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")


print(SafeUnpickler(io.BytesIO(pickle.dumps({1, 2}, 3))).load())
attempt("forbidden", lambda: SafeUnpickler(io.BytesIO(pickle.dumps(Money(1), 3))).load())

# Pickles written by CPython 3.11, then Python 2 pickles (STRING opcodes, renamed modules).
cpython = [
    b'(dp0\nVa\np1\n(lp2\nI1\naL12345678901234567890L\naF1.5\nasVb\np3\n(I1\nI2\ntp4\ns.',
    b'}q\x00(X\x01\x00\x00\x00aq\x01]q\x02(K\x01L12345678901234567890L\nG?\xf8\x00\x00\x00\x00\x00\x00eX\x01\x00\x00\x00bq\x03(K\x01K\x02tq\x04u.',
    b'\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.',
    b'\x80\x03C\x03abcq\x00.',
    b'\x80\x04\x95)\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x0bOrderedDict\x94\x93\x94)R\x94\x8c\x01x\x94K\x01s.',
    b'\x80\x05\x95\r\x00\x00\x00\x00\x00\x00\x00\x96\x02\x00\x00\x00\x00\x00\x00\x00xy\x94.',
    b'\x80\x02cdatetime\ndate\nq\x00c_codecs\nencode\nq\x01X\x05\x00\x00\x00\x07\xc3\xa6\x01\x02q\x02X\x06\x00\x00\x00latin1q\x03\x86q\x04Rq\x05\x85q\x06Rq\x07.',
    b'\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x05K\x01\x87q\x01Rq\x02.',
    b'\x80\x02cexceptions\nValueError\nq\x00X\x03\x00\x00\x00badq\x01\x85q\x02Rq\x03.',
    b'cdatetime\ndatetime\nq\x00(c_codecs\nencode\nq\x01(X\x0b\x00\x00\x00\x07\xc3\xa4\x05\x06\x07\x08\t\x00\x00\nq\x02X\x06\x00\x00\x00latin1q\x03tq\x04Rq\x05cdatetime\ntimezone\nq\x06(cdatetime\ntimedelta\nq\x07(K\x00K\x00K\x00tq\x08Rq\ttq\nRq\x0btq\x0cRq\r.',
    b'ccollections\ndefaultdict\np0\n(c__builtin__\nlist\np1\ntp2\nRp3\nVa\np4\n(lp5\nI1\nas.',
    b'\x80\x04\x95&\x00\x00\x00\x00\x00\x00\x00\x8c\x0bcollections\x94\x8c\x05deque\x94\x93\x94)K\x04\x86\x94R\x94(K\x01K\x02e.',
    b"S'py2 str'\np0\n.",
    b"\x80\x02U\x03abcq\x00.",
]
for blob in cpython:
    attempt("cpython", lambda: pickle.loads(blob))
print(pickle.loads(b"U\x03\xe9t\xe9.", encoding="latin1"), pickle.loads(b"U\x02ab.", encoding="bytes"))


def local_function():
    def inner():
        pass
    return inner


anonymous = lambda: 0


class Unpicklable:
    def __reduce__(self):
        return 42


attempt("lambda", lambda: pickle.dumps(anonymous))
attempt("local", lambda: pickle.dumps(local_function()))
attempt("module", lambda: pickle.dumps(io))
attempt("generator", lambda: pickle.dumps(x for x in ()))
attempt("reduce", lambda: pickle.dumps(Unpicklable()))
attempt("protocol", lambda: pickle.dumps(1, 6))
attempt("empty", lambda: pickle.loads(b""))
attempt("key", lambda: pickle.loads(b"x"))
attempt("key2", lambda: pickle.loads(b"\x01"))
attempt("truncated", lambda: pickle.loads(b"\x80\x04\x95"))
attempt("truncated2", lambda: pickle.loads(b"K"))
attempt("unsupported", lambda: pickle.loads(b"\x80\x09N."))
attempt("underflow", lambda: pickle.loads(b"0"))
attempt("no stop", lambda: pickle.loads(b"(N"))
attempt("memo", lambda: pickle.loads(b"h\x05."))
attempt("persistent", lambda: pickle.loads(b"P1\n."))
attempt("attribute", lambda: pickle.loads(b"cbuiltins\nnope\n."))
attempt("module missing", lambda: pickle.loads(b"\x80\x04\x8c\x0bno_such_mod\x94\x8c\x01b\x93."))
attempt("str data", lambda: pickle.loads("N."))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError),
      pickle.PicklingError.__module__, pickle.Pickler.__module__, pickle.Unpickler.__name__)
print(pickle.PROTO, pickle.STOP, pickle.MEMOIZE, pickle.FRAME, pickle.TRUE, pickle.format_version)
print(pickle.encode_long(255), pickle.encode_long(-256), pickle.decode_long(b"\xff\x00"), pickle.whichmodule(len, "len"))
