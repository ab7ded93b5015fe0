# urllib.parse: splitting and unsplitting many URL shapes, result attributes and errors.
from urllib.parse import urlsplit, urlparse, urlunsplit, urlunparse, urldefrag, SplitResult, ParseResult, DefragResult
urls = ["http://www.python.org", "http://www.python.org#abc", "http://www.python.org?q=abc", "http://www.python.org/#abc",
        "http://a/b/c/d;p?q#f", "https://www.python.org/doc/?query=yes", "file:///tmp/junk.txt", "imap://mail.python.org/mbox1",
        "mms://wms.sys.hinet.net/cts/Drama/09006251100.asf", "nfs://server/path/to/file.txt", "svn+ssh://svn.zope.org/repos/main/ZConfig/trunk/",
        "git+ssh://git@github.com/user/project.git", "path/to/file", "/abs/path?x#y", "//host:80/p", "HTTP://EXAMPLE.com/Path", "a1+b-c.d:rest",
        "1abc:rest", "http:", "http://", "http:///path", "mailto:user@example.org?subject=hi", "tel:+1-816-555-1212;ext=1", "news:comp.lang.python",
        "  http://x.org/ lead", "http://x\t.o\nrg/\ra", "http://[::1]:5432/db", "http://[fe80::1%25eth0]/", "http://user@host", "http://u:@host:/",
        "http://@host", "http://h:8080?q", "http://h#f?q", "http://h/p;a;b", "ftp://f/p;type=a", "x:y:z", "http://h/a b", "?only=query", "#frag",
        "", "//", "http://a.b/c?d#e#f", "HtTp://A/", "sip:alice@atlanta.com;transport=tcp"]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u), tuple(s), tuple(p), urlunsplit(s), urlunparse(p))
    print("  ", s.hostname, s.port, s.username, s.password, p.geturl(), s.geturl())
print(urlsplit("path", scheme="http"), urlparse("//h/p", "https"), urlsplit("a#b", allow_fragments=False), urlparse("a#b", "", False))
print(urldefrag("http://x/y;p?q#frag"), urldefrag("no-frag"), urldefrag("#"), urldefrag("a#b").geturl(), DefragResult("u", "f").geturl())
r = urlsplit("https://User:Secret@Host.Example.COM:443/p")
print(r, r._fields, r._asdict(), r._replace(netloc="other").geturl(), SplitResult._make(["a", "b", "/c", "", ""]).geturl())
print(r.netloc, r.hostname, r.port, r.username, r.password, r[0], r[-1], len(r), r == tuple(r), isinstance(r, tuple))
print(ParseResult("http", "h", "/p", "x", "q", "f").geturl(), ParseResult(scheme="s", netloc="n", path="", params="", query="", fragment=""))
print(urlsplit(b"http://h/p?q#f"), urlparse(b"http://h/p;x").params, urlsplit(b"http://h:81/").port, urlunsplit((b"http", b"h", b"/p", b"", b"")))
print(urlsplit("http://h/p").encode(), urlsplit(b"http://h/p").decode(), urldefrag(b"a#b"))
for bad in ["http://[::1/", "http://::1]/", "http://h:99999/", "http://h:-1/", "http://h:1a/", "http://[zz]/"]:
    try:
        print(bad, urlsplit(bad).port)
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    urlsplit("http://x", b"http")
except TypeError as e:
    print("TypeError:", e)
