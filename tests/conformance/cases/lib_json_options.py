# json: encoder options and their error messages, subclasses, iterencode chunks, dump to a writer.
import json
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
class MyDict(dict):
    pass
class MyList(list):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyDict(a=1), MyList([1, 2]), True, False, None]))
print(json.dumps({MyInt(3): 1, MyFloat(1.5): 2, MyStr("k"): 3, False: 4, None: 5, 2 ** 70: 6, -0.0: 7, float("inf"): 8}))
print(json.dumps([2 ** 100, -2 ** 64, 1e22, 1e16, 123456789.123456789, 5e-324, 1.7976931348623157e308, 0.1 + 0.2]))
print(json.dumps("\u2028\u2029\x7f\x00\x1f\ud800 é 🐍"), json.dumps("\u2028\x7f\x1f é 🐍", ensure_ascii=False))
print(json.dumps({"b": [1, {"c": None}], "a": ()}, indent=3, sort_keys=True), json.dumps([1, [2, [3, []]], {}], indent=""))
print(json.dumps({"x": 1}, separators=(";", "=")), json.dumps([1, 2], indent=2, separators=(" ,", " : ")), json.dumps({"a": [1]}, indent=-1))
for bad in [lambda: json.dumps({"a": {1, 2}}), lambda: json.dumps(object()), lambda: json.dumps(b"bytes"), lambda: json.dumps({(1,): 2}),
            lambda: json.dumps({1: 2, "a": 3}, sort_keys=True), lambda: json.dumps([float("nan")], allow_nan=False),
            lambda: json.dumps([float("-inf")], allow_nan=False, indent=1), lambda: json.dumps({"k": float("inf")}, allow_nan=False),
            lambda: json.dumps({float("nan"): 1}, allow_nan=False), lambda: json.dumps(1j)]:
    try:
        print("ok?", bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = [1]
a.append(a)
d = {}
d["self"] = d
for obj in [a, d]:
    for indent in [None, 2]:
        try:
            json.dumps(obj, indent=indent)
        except ValueError as e:
            print("ValueError:", e)
print(json.dumps(a[:1] * 3), json.dumps([d.get("x"), d.get("y")]))
try:
    json.dumps(a, check_circular=False)
except RecursionError:
    print("RecursionError")
print(json.dumps({"a": 1, (1, 2): 2, "b": 3}, skipkeys=True), json.dumps({(1, 2): 2}, skipkeys=True, indent=2))
class Loop:
    pass
def default_loop(o):
    return o
try:
    json.dumps(Loop(), default=default_loop)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps(Loop(), default=lambda o: ["loop", o.__class__.__name__]), json.dumps([Loop()], default=repr, indent=1)[:8])
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return json.JSONEncoder.default(self, o)
enc = SetEncoder(indent=1, sort_keys=True)
print(enc.encode({"s": {3, 1}, "f": frozenset([2])}), list(SetEncoder().iterencode({"s": {1}, "t": [1, "x", None]})))
print(list(json.JSONEncoder().iterencode([])), list(json.JSONEncoder().iterencode("s")), list(json.JSONEncoder().iterencode(5)),
      list(json.JSONEncoder(indent=1).iterencode({"a": [], "b": {}, "c": [{}]})))
print(list(json.JSONEncoder(separators=(",", ":")).iterencode([[1, 2], {"a": True}, 1.5, None])))
e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys, e.indent,
      json.JSONEncoder(indent=2).item_separator, repr(json.JSONEncoder(indent=2).key_separator))
class Writer:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
w = Writer()
json.dump({"a": [1, 2, {"b": None}], "c": "d"}, w)
print(w.chunks)
w = Writer()
json.dump([1, {"x": [True]}], w, indent=2, sort_keys=True)
print(w.chunks)
print(json.encoder.encode_basestring("a\"b\n"), json.encoder.encode_basestring_ascii("é\t"), json.dumps("x", ensure_ascii=False))
print(json.dumps(list(range(3)), default=str), json.dumps(dict.fromkeys("abc"), indent=None, separators=(",", ":")))
