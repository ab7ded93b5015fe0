# http.cookies: SimpleCookie quoting, output, attributes, parsing of Cookie headers and their errors.
from http import cookies
from http.cookies import SimpleCookie, BaseCookie, Morsel, CookieError
c = SimpleCookie()
c["number"] = 7
c["string"] = "seven"
c["odd"] = 'a "b"; c\\d\né'
print(c["number"].value, repr(c["string"].value), c["odd"].coded_value)
print(c.output())
print(repr(c))
c["string"]["path"] = "/"
c["string"]["max-age"] = 3600
c["string"]["secure"] = True
c["string"]["httponly"] = 1
c["string"]["samesite"] = "Lax"
c["string"]["comment"] = "a comment; yes"
c["string"]["domain"] = ".example.org"
print(c["string"].OutputString())
print(c.output(attrs=["path"], header="Cookie:", sep="|"))
print(c["string"])
print(repr(c["string"]), c["string"].key, c["string"].isReservedKey("Path"))
try: c["string"]["bogus"] = 1
except CookieError as e: print("CookieError", e)
try: c["bad key"] = 1
except CookieError as e: print("CookieError", e)
try: c["path"] = 1
except CookieError as e: print("CookieError", e)
d = SimpleCookie('chips=ahoy; vienna=finger; keebler="E=everybody; L=\\"Loves\\"; fudge=\\012;"')
print(repr(d), d["keebler"].value, repr(d["keebler"].coded_value))
e = SimpleCookie()
e.load('a=1; Path=/; Max-Age=10; secure; HttpOnly; $Version=1; b="x\\101y"; expires=Wed, 21 Oct 2015 07:28:00 GMT')
for k, m in sorted(e.items()):
    print(k, repr(m.value), sorted((a, v) for a, v in m.items() if v != ""))
print(e.output())
for bad in ['path=/; a=1', 'a=1; junk', 'a', '', 'a=1;;b=2', ' a = 1 ; b=2 ', 'a=1 b=2']:
    f = SimpleCookie(); f.load(bad); print(repr(bad), repr(f))
f = SimpleCookie({'x': 'y', 'n': 3}); print(f.output())
b = BaseCookie(); b["k"] = "v w"; print(b.output(), repr(b["k"].coded_value))
m = Morsel(); m.set("k", "v", "v"); m2 = m.copy(); print(m == m2, m != m2, m2.output(), m.setdefault("path", "/p"), m["path"])
m.update({"Domain": "x"}); print(sorted(m.items()))
try: m.update({"nope": 1})
except CookieError as ex: print(ex)
print(js := c["number"].js_output().strip().splitlines()[2].strip())
print(cookies._quote("abc"), cookies._quote("a b"), cookies._unquote('"a\\"b\\\\c\\101"'), cookies._unquote('x'), Morsel[int])
print(m.__getstate__())
