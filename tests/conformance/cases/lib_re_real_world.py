# re: patterns of the kind template engines, routers and validators use.
import re
string_re = re.compile(r"('([^'\\]*(?:\\.[^'\\]*)*)'" r'|"([^"\\]*(?:\\.[^"\\]*)*)")', re.S)
print(string_re.match("'it\\'s' rest").group(), string_re.findall('"a\\"b" \'c\''))
float_re = re.compile(r"(?<!\.)(\d+_)*\d+((\.(\d+_)*\d+)?e[+\-]?(\d+_)*\d+|\.(\d+_)*\d+)", re.IGNORECASE | re.VERBOSE)
print(float_re.findall("1.5 2e10 3.0E-2 x.5"))
rule = re.compile(r"""
    (?P<static>[^<]*)                           # static rule data
    <
    (?:
        (?P<converter>[a-zA-Z_][a-zA-Z0-9_]*)   # converter name
        (?:\((?P<args>.*?)\))?                  # converter arguments
        \:                                      # variable delimiter
    )?
    (?P<variable>[a-zA-Z_][a-zA-Z0-9_]*)        # variable name
    >
""", re.VERBOSE)
print([m.groupdict() for m in rule.finditer("/user/<int:id>/post/<path(x=1):p>/<name>")])
print(re.compile(r"^(?P<pk>[0-9]+)/\Z").match("42/").groupdict(), re.compile(r"^articles/(?P<year>[0-9]{4})/$").search("articles/2003/"))
tok = re.compile(r"\{%-?\s*(\w+)(.*?)-?%\}|\{\{-?\s*(.*?)\s*-?\}\}", re.S)
print(tok.findall("a {% for x in y %}b{{ x.name }}{%- endfor -%}"))
print(re.sub(r"(?<=[a-z])(?=[A-Z])", "_", "camelCaseString").lower(), re.sub(r"[^\w\s-]", "", "Héllo, Wörld!").strip())
print(re.compile(r"(?i)^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9-]+\.)+[a-z]{2,}$").match("John.Doe@Example.COM") is not None)
print(re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"), re.findall(r"\$\{(\w+)\}", "${a} and ${b}"), re.sub(r"\s{2,}", " ", "a   b    c"))
print(re.compile(r"[\u4e00-\u9fff]+").findall("中文 text 汉字"), re.findall(r"(?x) \d+ (?: \. \d+ )?", "3.14 and 42"))
print(re.match(r"(?P<a>a)(?P<b>b)?(?(b)c|d)", "ad").groups(), re.match(r"^(\w+?)(\d*)$", "abc123").groups())
