import textwrap
samples = ["Hello there -- how are you? I'm fine--thanks!", "well-known re-entry x-y a-b-c-d self--service",
  "The e-mail address is foo@bar-baz.com, call 555-1234.", "A  double  spaced.  Sentence here! And 'quoted.' next",
  "tabs\tand\nnewlines\r\nand\x0bvt", "-leading hyphen --double -- spaced ---triple", "unicode naïve café-au-lait über-cool",
  "numbers 123-456 ab-12 12-ab a1-b2", "x" * 30 + "-" + "y" * 10, "----------", "word-" * 8]
for s in samples:
    for w in (5, 8, 12, 20):
        print(w, textwrap.wrap(s, w))
        print(w, textwrap.wrap(s, w, break_on_hyphens=False))
    print(textwrap.wrap(s, 15, drop_whitespace=False), textwrap.wrap(s, 15, replace_whitespace=False))
    print(textwrap.wrap(s, 10, break_long_words=False, break_on_hyphens=False))
    print(textwrap.wrap(s, 16, fix_sentence_endings=True))
    print(textwrap.TextWrapper(width=12, max_lines=3).wrap(s), textwrap.shorten(s, 25), textwrap.shorten(s, 15, placeholder="~"))
print(textwrap.dedent("  a\n\n   \n  b\n \t c"), repr(textwrap.dedent("\t a\n\t  b\n \tc")), repr(textwrap.dedent("   \n  x\n    ")))
print(repr(textwrap.dedent("")), repr(textwrap.dedent("x\n  y")), repr(textwrap.dedent("  x\r\n  y\r\n")))
print(repr(textwrap.indent("a\n  \nb\r\nc", "# ")), repr(textwrap.indent("", "x")), repr(textwrap.indent("a\n\n", "  ", lambda l: True)))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print(e)
w = textwrap.TextWrapper(initial_indent="> ", subsequent_indent=">> ", width=14)
print(w.fill("one two three four five six seven eight"), w.width, w.placeholder, w.tabsize)
print(textwrap.fill("a b c d e f g h", 3, max_lines=2, placeholder="."))
print(textwrap.wrap("hello world foo bar", 11, max_lines=2, placeholder="..."))
