# str positions count code points: characters outside the BMP (emoji, U+10000, U+10FFFF) are one each.
s = "a🐍b\U00010000c\U0010ffffé"
print(len(s), [len(c) for c in s], list(enumerate(s))[:4])
print(repr(s[1]), repr(s[3]), repr(s[-2]), repr(s[5]), s[-1])
print(repr(s[1:4]), repr(s[::2]), repr(s[::-1]), repr(s[5:1:-1]), repr(s[-3:]))
print([hex(ord(c)) for c in s], hex(ord("🐍")))
print(list(reversed(s)) == list(s)[::-1], "".join(reversed("x😀y")))
print(s.find("b"), s.find("\U00010000"), s.rfind("c"), s.index("é"), s.rindex("🐍"), s.find("b", 2), s.find("b", 3))
print(s.count("a"), s.count(""), s.count("", 2), s.count("🐍", 1, 2), s.count("🐍", 2))
print(s.startswith("🐍", 1), s.endswith("c", 0, 5), s.startswith(("x", "\U00010000"), 3), s.endswith("🐍", 0, 2))
print("🐍🐍🐍".replace("", "-"), "🐍🐍🐍".replace("", "-", 2), "a🐍b".replace("🐍", "snake"))
print("😀" in s, "🐍" in s, "\U0010ffff" in s, s.split("\U00010000"), s.partition("c"))
try:
    s[7]
except IndexError as e:
    print("IndexError:", e)
try:
    ord("🐍🐍")
except TypeError as e:
    print("TypeError:", e)
print(ord("\U0010ffff"), chr(0x1F40D) == "🐍", chr(0x10000), len(chr(0x10FFFF)))
print(sorted(["\uffff", "\U00010000", "\ue000", "z"]), "\uffff" < "\U00010000", max("a\U00010000\uffff"), min(["\U0010ffff", "\uffee"]))
print("x😀y" * 2, len("😀" * 3), ("😀" * 3)[1], "😀".join("abc"), len("😀".join("abc")))
b = "🐍" * 1000 + "x"
print(len(b), b[999], b[1000], b.find("x"), b[-2:], len(b[500:]))
print(s.strip("a\U0010ffffé"), "🐍x🐍".strip("🐍"), "🐍x🐍".lstrip("🐍"), "🐍x🐍".rstrip("🐍x"))
it = iter("🐍ab")
print(next(it), next(it), list(it))
print([c for c in "😀😃" if c != "x"], tuple("\U00010000\U00010001"), set("🐍🐍") == {"🐍"})
print(str(len("e\u0301")), len("👨‍👩‍👧"), list("👨‍👩‍👧"))
print(int("𝟙𝟚"), float("𝟙.𝟝"), int("١٢٣"), "a🐍b".split("b"), "🐍 x".split(), "🐍\n🐍".splitlines(), f"{'🐍'!r:>6}|", "{0:^{1}}".format("🐍", 5))
s = "😀😃😄"
print([s[i] for i in range(len(s))], s[:-1], s.removeprefix("😀"), s.removesuffix("😄"), max(s), min(s), sorted(s, reverse=True))
