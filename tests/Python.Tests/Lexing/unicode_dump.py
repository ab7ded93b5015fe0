"""Prints JSON lines [text, nfkc] for every code point NFKC changes (alone, after 'a' and before
a combining acute), then [name, code point] for a sample of character names and aliases."""
import json
import sys
import unicodedata

for cp in range(0x110000):
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    if unicodedata.normalize("NFKC", c) != c or unicodedata.combining(c):
        for s in (c, "a" + c, c + "\u0301", "\u1100" + c):
            print(json.dumps(["nfkc", s, unicodedata.normalize("NFKC", s)]))
for cp in range(0, 0x110000, 7):
    name = unicodedata.name(chr(cp), None)
    if name:
        print(json.dumps(["name", name, cp]))
for name in ("BYTE ORDER MARK", "LINE FEED", "NBSP", "ZWJ", "VS1", "KANNADA LETTER LLLA", "HANGUL SYLLABLE GAG",
             "CJK UNIFIED IDEOGRAPH-2A6D6", "CJK UNIFIED IDEOGRAPH-9FFF", "DEVANAGARI CARET"):
    print(json.dumps(["name", name, ord(unicodedata.lookup(name))]))
