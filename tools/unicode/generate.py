"""Dev-time generator of src/Python/Lexing/Unicode{Identifiers,Names}.bin (run once; the outputs are committed).

Produces, from the Unicode database of the running Python (3.11: Unicode 14.0), what the
tokenizer and the literal decoder need and .NET does not offer in invariant-globalization mode:
UnicodeIdentifiers.bin: int32 arrays, each after its length, searched in place: XID_Start and
XID_Continue ranges, then NFKC data (full compatibility decompositions as sorted code points,
start indexes and a pool; canonical combining classes; primary compositions sorted by pair;
the code points that are second in a pair; full canonical decompositions as code points, starts
and a pool; numeric, digit and decimal values; general category, bidirectional class, east asian width and mirrored runs); UnicodeNames.bin: the
CJK unified ideograph ranges, then character names and the name aliases that "\\N{...}"
accepts, sorted by name so lookups binary-search the loaded bytes; an alias has bit 30 set in its
code point so that code point -> name (unicodedata.name, namereplace) skips it. Alias candidates come from a Unicode name list given as argument (Perl's
unicore/Name.pl format: "HEX\\nNAME\\n\\n" records); each is kept only if CPython accepts it.

Usage: python3 tools/unicode/generate.py PATH/TO/Name.pl src/Python/Lexing
"""
import os
import struct
import sys
import unicodedata
import zlib

MAX = 0x110000
# The orders of UnicodedataModule's value names.
BIDI = ["", "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRE", "LRO",
        "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"]
WIDTHS = ["N", "Na", "A", "W", "H", "F"]
# The order of UnicodedataModule's category codes (that of .NET's UnicodeCategory).
CATEGORIES = ["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf",
              "Cs", "Co", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Cn"]
ALIAS = 1 << 30


def ranges(pred):
    out = []
    start = None
    for cp in range(MAX):
        if pred(cp):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp - 1))
            start = None
    if start is not None:
        out.append((start, MAX - 1))
    return out


def is_hangul_syllable(cp):
    return 0xAC00 <= cp <= 0xD7A3


def main():
    name_list, output_dir = sys.argv[1], sys.argv[2]
    assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version
    buf = bytearray()

    def put_ranges(rs):
        buf.extend(struct.pack("<i", len(rs)))
        for a, b in rs:
            buf.extend(struct.pack("<ii", a, b))

    def put_ints(values):
        buf.extend(struct.pack("<i", len(values)))
        buf.extend(struct.pack(f"<{len(values)}i", *values))

    def put_string(s):
        data = s.encode("ascii")
        buf.extend(struct.pack("<B", len(data)))
        buf.extend(data)

    # Identifier classes exactly as str.isidentifier applies them.
    put_ranges(ranges(lambda cp: chr(cp).isidentifier()))
    put_ranges(ranges(lambda cp: ("a" + chr(cp)).isidentifier()))

    # Full compatibility decompositions (Hangul syllables are algorithmic).
    decomp = []
    for cp in range(MAX):
        if is_hangul_syllable(cp):
            continue
        d = unicodedata.normalize("NFKD", chr(cp))
        if d != chr(cp):
            decomp.append((cp, [ord(x) for x in d]))
    starts, pool = [], []
    for _, seq in decomp:
        starts.append(len(pool))
        pool.extend(seq)
    starts.append(len(pool))
    put_ints([cp for cp, _ in decomp])
    put_ints(starts)
    put_ints(pool)

    ccc = [(cp, unicodedata.combining(chr(cp))) for cp in range(MAX) if unicodedata.combining(chr(cp))]
    put_ints([cp for cp, _ in ccc])
    put_ints([c for _, c in ccc])

    # Primary composites: canonical pairs that NFC recomposes (composition exclusions drop out).
    comps = []
    for cp in range(MAX):
        if is_hangul_syllable(cp):
            continue
        d = unicodedata.decomposition(chr(cp))
        if not d or d.startswith("<"):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(cp):
            comps.append((parts[0], parts[1], cp))
    comps.sort()
    put_ints([a for a, _, _ in comps])
    put_ints([b for _, b, _ in comps])
    put_ints([c for _, _, c in comps])
    put_ints(sorted({b for _, b, _ in comps}))

    # Full canonical decompositions, for NFD and NFC (unicodedata.normalize).
    canon = []
    for cp in range(MAX):
        if is_hangul_syllable(cp):
            continue
        d = unicodedata.normalize("NFD", chr(cp))
        if d != chr(cp):
            canon.append((cp, [ord(x) for x in d]))
    starts, pool = [], []
    for _, seq in canon:
        starts.append(len(pool))
        pool.extend(seq)
    starts.append(len(pool))
    put_ints([cp for cp, _ in canon])
    put_ints(starts)
    put_ints(pool)

    # Numeric values (unicodedata.numeric, as float64 bits in two ints), then the digit() and
    # decimal() values (Unihan numbers included, which .NET's data lacks).
    numeric = [(cp, unicodedata.numeric(chr(cp))) for cp in range(MAX) if unicodedata.numeric(chr(cp), None) is not None]
    put_ints([cp for cp, _ in numeric])
    buf.extend(struct.pack("<i", len(numeric)))
    for _, v in numeric:
        buf.extend(struct.pack("<d", v))
    for kind in (unicodedata.digit, unicodedata.decimal):
        values = [(cp, kind(chr(cp))) for cp in range(MAX) if kind(chr(cp), None) is not None]
        put_ints([cp for cp, _ in values])
        put_ints([v for _, v in values])

    # General categories as runs (first code point, index in CATEGORIES), since .NET's are newer.
    runs = []
    for cp in range(MAX):
        cat = CATEGORIES.index(unicodedata.category(chr(cp)))
        if not runs or runs[-1][1] != cat:
            runs.append((cp, cat))
    buf.extend(struct.pack("<i", len(runs)))
    for start, cat in runs:
        buf.extend(struct.pack("<ii", start, cat))

    # Bidirectional class, east asian width and mirrored flag, as runs like the categories.
    for prop, names in ((unicodedata.bidirectional, BIDI), (unicodedata.east_asian_width, WIDTHS),
                        (unicodedata.mirrored, [0, 1])):
        runs = []
        for cp in range(MAX):
            value = names.index(prop(chr(cp)))
            if not runs or runs[-1][1] != value:
                runs.append((cp, value))
        buf.extend(struct.pack("<i", len(runs)))
        for start, value in runs:
            buf.extend(struct.pack("<ii", start, value))

    write(os.path.join(output_dir, "UnicodeIdentifiers.bin"), buf)
    buf.clear()

    # Names; CJK unified ideographs are derived from the code point.
    put_ranges(ranges(lambda cp: unicodedata.name(chr(cp), "").startswith("CJK UNIFIED IDEOGRAPH-")))
    names = []
    for cp in range(MAX):
        n = unicodedata.name(chr(cp), None)
        if n is None or n.startswith("CJK UNIFIED IDEOGRAPH-"):
            continue
        names.append((cp, n))

    aliases = []
    with open(name_list, encoding="utf-8") as f:
        text = f.read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for record in body.split("\n\n"):
        lines = record.strip("\n").split("\n")
        if len(lines) != 2 or " " in lines[0]:
            continue
        cp, n = int(lines[0], 16), lines[1]
        if unicodedata.name(chr(cp), None) == n:
            continue
        try:
            value = eval('"\\N{%s}"' % n)
        except SyntaxError:
            continue
        if value == chr(cp):
            aliases.append((cp, n))
    aliases = sorted(set(aliases))
    entries = sorted(names + [(cp | ALIAS, n) for cp, n in aliases], key=lambda e: e[1].encode("ascii"))
    buf.extend(struct.pack("<i", len(entries)))
    for cp, n in entries:
        buf.extend(struct.pack("<i", cp))
        put_string(n)
    write(os.path.join(output_dir, "UnicodeNames.bin"), buf)
    print(f"{len(decomp)} decompositions, {len(ccc)} ccc, {len(comps)} compositions, "
          f"{len(names)} names, {len(aliases)} aliases")


def write(path, buf):
    # Raw deflate (no zlib header or checksum), what .NET's DeflateStream reads.
    with open(path, "wb") as f:
        f.write(zlib.compress(bytes(buf), 9)[2:-4])


if __name__ == "__main__":
    main()
