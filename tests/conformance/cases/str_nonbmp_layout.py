# Widths and padding count code points: ljust/center/zfill, format() and % widths, expandtabs, fill characters.
s = "🐍é"
print(repr(s.ljust(5, "*")), repr(s.rjust(5)), repr(s.center(6, "-")), repr(s.center(5)), repr("🐍".zfill(4)), repr("-🐍".zfill(4)))
print(repr("ab".center(7, "😀")), repr("x".ljust(3, "\U00010000")), len("x".ljust(3, "\U00010000")))
try:
    "x".ljust(3, "😀😀")
except TypeError as e:
    print("TypeError:", e)
print(repr(f"{s:>5}"), repr(f"{s:^6}"), repr(f"{s:<4}|"), repr(f"{'🐍🐍🐍':.2}"), repr(f"{'🐍🐍🐍':5.1}"))
print(repr(f"{'x':😀^5}"), repr(f"{42:🐍>6}"), repr(format("ab", "\U00010000<4")), repr(f"{3.5:😀=+8}"))
print(repr("%5s|" % s), repr("%-5s|" % s), repr("%.1s" % "🐍🐍"), repr("%c" % 0x1F40D), repr("%c" % "🐍"), repr("%4c|" % "🐍"))
print(repr("%5r" % "🐍"), repr("%.3r" % "🐍🐍"), repr("%-6a|" % "🐍"))
print(repr("🐍\tx\t".expandtabs(4)), repr("a\U00010000\tb".expandtabs()))
print("{:>4}|{:<4}|{:^4}".format("😀", "😀😀", "😀"), "{0!r:>6}".format("🐍"))
print(repr("😀".center(2)), repr("😀".center(3, "\U0010ffff")))
