# Character classes, case mapping, translate and repr with characters outside the BMP.
for ch in ["🐍", "\U00010000", "\U0010ffff", "𝐀", "𝟙", "𐐀", "𐐨", "\U0001d7ce", "\U00020000", "\U000e0001", "\U0001f1e6", "\U00010107"]:
    print(hex(ord(ch)), ch.isalpha(), ch.isalnum(), ch.isdigit(), ch.isdecimal(), ch.isnumeric(), ch.isspace(),
          ch.isprintable(), ch.isidentifier(), ch.isascii(), ascii(ch), repr(ch))
print("a𝐀b".isalpha(), "x🐍".isalpha(), "𝟙𝟚".isdigit(), "v𝐀r".isidentifier(), "🐍".isidentifier(), "a\U00010000".isprintable())
print("🐍abc".upper(), "ABC😀".lower(), "😀hello world".title(), "😀x".capitalize(), "aB😀".swapcase(), "🐍".casefold())
print("🐍x😀".translate({0x1F40D: "snake", ord("x"): None, 0x1F600: 0x10FFFF}) == "snake\U0010ffff")
t = str.maketrans("a🐍", "😀b", "\U00010000")
print(sorted(t.items()), "a🐍\U00010000c".translate(t))
print(str.maketrans({"🐍": "s"}))
print(repr("a🐍\U000e0001\U0010ffff\ud800b"), ascii("a🐍é"), repr("\U0001f600"[0]))
print(hash("🐍") == hash("🐍"), "🐍" == "\U0001f40d", "🐍" != "\U0001f40e", "🐍" < "🐎")
print(sorted("b🐍a\U00010000\uffff"), "\U00010000" > "\ufffd")
print("𐐀𐐨".upper(), "𐐀𐐨".lower(), "𐐀𐐨".swapcase(), "𐐨x".title(), "𐐨𐐨".capitalize(), "𐐀".islower(), "𐐨".islower(), "𐐀".isupper(), "𐐀𐐨".istitle(), "𞤀".lower(), "𐐨".casefold())
