# urllib.parse: quoting, unquoting, urlencode, parse_qs/parse_qsl options and urljoin cases.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes, urlencode,
                          parse_qs, parse_qsl, urljoin)
print(quote("abc def/ghi?jkl=mno&p"), quote("abc", safe="b"), quote("/a/b", safe=b"/"), quote("é", encoding="latin-1"), quote("é€", errors="replace", encoding="ascii"))
print(quote_plus("a b+c/d"), quote_plus("a b", safe="+"), quote_plus(b"a b&"), quote_from_bytes(b"a/b c"), quote_from_bytes(bytearray(b"\x80"), safe=""), quote(""), quote_plus(""))
print(quote("\U0001f600"), quote("~!*()'"), quote(";/?:@&=+$,"), quote(";/?:@&=+$,", safe=";/?:@&=+$,"), quote(b""), quote_from_bytes(b""))
print(unquote("%41%42%4a%4A"), unquote("%"), unquote("%4"), unquote("%%41"), unquote("%c3"), unquote("%e9", encoding="latin-1"), unquote("é%20x"), unquote(b"%41b"))
print(unquote_to_bytes("a%20b%C3%A9"), unquote_to_bytes(b"%zz%4"), unquote_to_bytes(""), unquote_plus("a+b%20c+"), unquote_plus("%2B+"), unquote("%C3%28", errors="strict" if False else "replace"))
print(urlencode({"a": 1, "b": [1, 2]}, doseq=True), urlencode({"a": (1, 2)}), urlencode([("k", b"v w"), (b"x", "y")]), urlencode({"a": "/"}, safe="/"), urlencode({}), urlencode([]))
print(urlencode({"a": "é"}, encoding="latin-1"), urlencode({"a": "x y"}, quote_via=quote), urlencode({"n": 1.5, "t": True, "z": None}), urlencode({"s": "abc"}, doseq=True))
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    urlencode([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(parse_qsl("a=1&a=2&b=&c"), parse_qsl("a=1&&b=2", keep_blank_values=True), parse_qsl("a;b=1", separator=";"), parse_qsl("x=%E9", encoding="latin-1"))
print(parse_qs("a=1&b=2&a=3"), parse_qs("k=v+w&k=%26"), parse_qs(b"a=1&b=%20"), parse_qsl(b"x=y"), parse_qs("=v&k="), parse_qs("=v&k=", keep_blank_values=True))
for args in [("a=1&b", {"strict_parsing": True}), ("a=1&&b=2", {"strict_parsing": True}), ("a=1&b=2&c=3", {"max_num_fields": 2}), ("a=1", {"separator": ""}), ("a=1", {"separator": None})]:
    try:
        print(parse_qsl(args[0], **args[1]))
    except ValueError as e:
        print("ValueError:", e)
print(parse_qsl("a=1&b=2", max_num_fields=2), parse_qsl("", strict_parsing=True), parse_qsl("a=b=c"), parse_qsl("%61=%62"))
bases = ["http://a/b/c/d;p?q", "http://example.com", "http://example.com/", "http:///x", "file:///a/b", "https://h/a/b/"]
refs = ["g:h", "g;x", "g;x?y#s", "./", "../", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h",
        "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g#s/../x", "http:g", "//x/../y", "?", "#", "https://o/", "mailto:a@b", "../../../../q"]
for b in bases:
    print(b, [urljoin(b, r) for r in refs])
print(urljoin("", "a"), urljoin("a", ""), urljoin("http://h/a", "b", allow_fragments=False), urljoin("http://h/a#f", "#g"), urljoin(b"http://h/a/", b"b"))
print(urljoin("svn+ssh://h/a/b", "c"), urljoin("mailto:x@y", "z"), urljoin("ftp://h/a/", "../../b"), urljoin("http://h/a/b", "../.."))
