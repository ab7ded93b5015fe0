# re.split and re.sub/subn on str subjects: groups, empty matches, templates, callables, counts.
import re
print(re.split(r"[<>]+", "<a>b<c>"), re.split(r"(<)|(>)", "a<b>c", 1), re.split(r"x*", "axbc"))
print(re.split(r"\b", "a b c"), re.split("(a)|b", "xaybz"), re.split("a", "bab", maxsplit=-1))
print(re.split(r"(\d)(\w)?", "a1b2"), re.split(r"\s+", "  lead and trail  "), re.split("$", "ab"))
print(re.split("(?=b)", "abab"), re.split("", "abc"), re.split("z", ""))
print(re.sub(r"(\w)(\d)?", r"[\2\1]", "ab1 c"), re.subn(r"a", "b", "aaa", 2), re.sub("x*", "-", "abxd"))
print(re.sub("q", "z", "abc"), re.subn("", "-", "abc"), re.sub(r"(?P<n>\d)", r"<\g<n>>", "a1b22"))
print(re.sub("a", r"\n\t\\", "bab"), re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("a", "", "aaa"), re.subn("b", "x", "aaa"))
print(re.sub(r"\w", lambda m: m.group().upper() if m.start() % 2 else None, "abcdef"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1 b22 c333", count=2))
print(re.subn(r"(?i)A", lambda m: m.string[:1], "xAya"), re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: m.group(1).upper(), "<{{ a }}{{b}}>"))
seen = []
def bad(m):
    seen.append(m.span())
    return 7
try:
    re.sub("a", bad, "xaa")
except TypeError as e:
    print("TypeError", e, seen)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("error", e)
class S(str):
    pass
r = re.sub("a", "b", S("aa"))
print(r, type(r).__name__, type(re.sub("a", "b", S("xx"))).__name__, re.split("a", S("bab")))
print(re.sub(b"a", b"c", bytearray(b"aba")), re.split(b"a", b"xay"), re.split(b"(a)", bytearray(b"xay")))
p = re.compile(r"(\w+)@(\w+)\.com")
print(p.sub(r"\2 at \1", "joe@site.com, ann@web.com"), p.subn(lambda m: m.group(2), "a@b.com c@d.com", 1), p.split("x joe@site.com y"))
print(re.sub("é", "e", "café é"), re.split("😀", "a😀b😀"), re.sub(".", "-", "a😀b"))
for f in (lambda: re.split(b"a", "bab"), lambda: re.sub(b"a", b"x", "bab"), lambda: re.subn(b"a", lambda m: b"", "bab"), lambda: re.sub("a", "x", b"bab"), lambda: re.split("a", b"bab")):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
