# json: decoder hooks, raw_decode, scanstring, strict mode, bytes input encodings and many error positions.
import json
from json import JSONDecodeError, JSONDecoder
docs = ['{"a": [1, 2.5, -3e2, true, false, null, "s"]}', ' \t\n[ ]\r\n', '{"": {"": {"": []}}}', '"\\ud83d\\ude00 \\u00e9 \\u20ac"',
        '[1.0E+2, 1e-2, -0.0, 0, -0, 10000000000000000000000, 1.5e308, 2e308, -2e308]', '"a\\/b\\\\c\\bd\\fe\\nf\\rg\\th"',
        '{"dup": 1, "dup": 2, "other": [3]}', '[NaN, Infinity, -Infinity]', '"\\ud800"', '"\\udc00\\ud800x"', '[[[[[[[[[[1]]]]]]]]]]']
for doc in docs:
    print(repr(json.loads(doc)))
bad = ['', ' ', '[', ']', '{', '}', '[1 2]', '[1,,2]', '[,1]', '{"a":1,}', '{"a":1 "b":2}', '{"a" 1}', '{"a":}', '{1:2}', "{'a':1}",
       '"abc', '"\\', '"\\u12', '"\\u12G4"', '"\\x"', '"\\ud83d\\uZZZZ"', '"tab\there"', '"nl\nhere"', 'tru', 'nul', 'fals', 'NaNa', '-',
       '-Infinit', '+1', '.5', '1.', '1e', '1e+', '01', '00', '-01', '1 2', '[1] [2]', '{"a":1}x', '\ufeff[]', 'true false',
       '\n\n  [1,\n   2,\n   x]', '{\n"a":\n1,\n"b"\n}', '[\n\n\n"\x01"]', '[1, 2', '{"a": [1, {"b": }]}', '"\\u00"', 'infinity', '[-]']
for b in bad:
    try:
        print("parsed?!", repr(b), json.loads(b))
    except JSONDecodeError as e:
        print(repr(b), "->", e.msg, "|", e.lineno, e.colno, e.pos, "|", str(e), "|", repr(e.doc) == repr(b))
print(json.loads('"tab\there"', strict=False), json.loads('["nl\nok"]', strict=False), JSONDecoder(strict=False).decode('"\x00"') == "\x00")
print(json.loads('[1.5, 2, 3e1]', parse_float=str, parse_int=float), json.loads('[NaN, -Infinity]', parse_constant=lambda c: "const:" + c))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())), json.loads('{"b": 1, "a": [{"c": 2}]}', object_pairs_hook=tuple))
print(json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"), json.loads('{}', object_pairs_hook=list))
dec = JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx[1, 2]yy', 2), dec.decode(' [true] '))
try:
    dec.raw_decode(' [1]')
except JSONDecodeError as e:
    print("raw_decode:", e)
print(json.decoder.scanstring('"hello" rest', 1), json.decoder.scanstring('x"a\\nb"', 2), json.decoder.scanstring('"\\u00e9"', 1))
for raw in [b'{"k": "v"}', '{"k": "é"}'.encode("utf-8"), '{"k": "é"}'.encode("utf-16"), '{"k": "é"}'.encode("utf-16-le"),
            '{"k": "é"}'.encode("utf-16-be"), '{"k": "é"}'.encode("utf-32"), '{"k": "é"}'.encode("utf-32-le"), '{"k": 1}'.encode("utf-8-sig"),
            bytearray(b'[1]'), b'"x"', b'1', b'12']:
    print(json.loads(raw))
for wrong in [None, 1, [1], memoryview(b"[]")]:
    try:
        json.loads(wrong)
    except TypeError as e:
        print("TypeError:", e)
class Hooked(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 2}}', cls=Hooked), json.loads('[1]', cls=Hooked, parse_int=lambda s: -int(s)))
e = JSONDecodeError("Custom message", "line one\nline two", 12)
print(e, e.msg, e.lineno, e.colno, e.pos, repr(e), isinstance(e, ValueError), e.args)
big = json.dumps({"rows": [{"id": i, "name": "n%d" % i, "tags": ["t"] * (i % 3), "score": i / 7} for i in range(200)]})
print(len(big), json.loads(big)["rows"][199], json.loads(big) == json.loads(json.dumps(json.loads(big), indent=2)))
