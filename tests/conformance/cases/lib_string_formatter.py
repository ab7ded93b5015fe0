import string
f = string.Formatter()
for s in ["a{{b", "a}}b", "{0}{1}", "x{a.b[0]}y", "{!r}", "{:{w}}", "{0:>{1}}z", "", "plain", "{}{}", "{a[x]!s:^5}"]:
    print(repr(s), list(f.parse(s)))
for s in ["a{", "a}", "{0", "{0!}", "{0!rr}", "{0:{1}"]:
    try:
        print(list(f.parse(s)))
    except ValueError as e:
        print("ValueError", e)
print(f.format("{:{w}}|", 3, w=5), f.format("{0.real} {1[1]}", 3, [1, 2]), f.vformat("{x}", (), {"x": 9}))
try:
    f.format("{}{0}", 1)
except ValueError as e:
    print(e)
try:
    f.format("{0}{}", 1)
except ValueError as e:
    print(e)
print(f.format("{!r:>6}", "ab"), f.convert_field(3, "s"), f.format_field(3.14159, ".2f"))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
print(Upper().format("{} and {x}", "a", x="b"))
t = string.Template("${a}x$b\n$ $c")
try:
    t.substitute(a=1, b=2, c=3)
except ValueError as e:
    print(e)
print(t.safe_substitute(a=1), t.is_valid(), t.get_identifiers())
print(string.Template("$$").substitute(), string.Template("${x").safe_substitute(x=1))
try: string.Template("${x").substitute(x=1)
except ValueError as e: print(e)
try: string.Template("$1").substitute()
except ValueError as e: print(e)
class D(string.Template):
    delimiter = "#"
print(D("#a ## #{b}").substitute(a=1, b=2))
print(string.capwords("ÀB cd\tef\n"), string.capwords("a,b,,c", ","), repr(string.capwords("")))
print(string.Template("$a").substitute({"a": 1}, a=2), string.Template("$who likes $what").substitute(dict(who="tim"), what="kung pao"))
try: string.Template("$who").substitute({})
except KeyError as e: print(repr(e))
print(string.Template.delimiter, string.Template.idpattern, string.Template("x").template)
