# re: patterns CPython rejects, with the message, position, line and column it reports.
import re
bad = [r"[abc", r"*a", r"a**", r"(?<x>a)", r"(?P<1a>x)", r"(?P=nope)", r"(?Px)", r"a)", r"(a", r"\q",
       r"a{3,2}", r"(?z)", r"[z-a]", r"\1", r"(a)\2", r"(?<=a+)b", r"(?<=a|bc)d", r"x(?i)", r"(?i", r"(?-i)",
       r"\x1", r"\u12", r"[\d-z]", r"(?#unclosed", r"(?P<a>x)(?P<a>y)", r"(?(2)a|b)", r"(?(x)a)", r"(?(a)b|c|d)",
       r"\N{NOT A NAME}", "ab\n(c", r"(?", r"(?P", r"(?<", r"^*", r"\b+", r"x{,", r"(?P<a", r"\400", r"[\400]",
       r"(?(0)a)", r"(?ia-u:x)", r"(?L)x", r"(?a-:x)", r"(?x-", r"(?x-y:z)", r"(?i-i:a)", "\\", r"[\A]", r"(a)(?P=1)"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", str(e), "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
try:
    re.compile(b"\\u1234")
except re.error as e:
    print("bytes", e)
for flags, pat in [(re.LOCALE, "a"), (re.ASCII | re.UNICODE, "a")]:
    try:
        re.compile(pat, flags)
    except ValueError as e:
        print("ValueError:", e)
try:
    re.compile(b"a", re.UNICODE)
except ValueError as e:
    print("ValueError:", e)
for repl in [r"\g<3>", r"\g<x", r"\g<>", r"\9", r"\q", r"\g<a-b>", "\\"]:
    try:
        print(re.sub(r"(a)(b)", repl, "ab"))
    except re.error as e:
        print(repr(repl), "->", e)
try:
    re.sub(r"(a)", r"\g<name>", "a")
except IndexError as e:
    print("IndexError:", e)
try:
    re.match("a", "a").group(5)
except IndexError as e:
    print("IndexError:", e)
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.match("a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(re.error("x"), Exception), re.error("m").msg, re.error("m").pos, str(re.error("m", "pat", 1)))
