"""re, html and urllib.parse as a web app uses them: routing, templating, escaping, query strings."""
import html
import re
import sys
from urllib.parse import parse_qs, quote, urlencode, urlsplit

ROUTES = [
    re.compile(r"^/$"),
    re.compile(r"^/user/(?P<id>\d+)/(?P<action>edit|view)$"),
    re.compile(r"^/blog/(?P<year>\d{4})/(?P<slug>[\w-]+)/?$"),
    re.compile(r"^/static/(?P<path>.+\.(?:css|js|png))$"),
]
PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")
TEMPLATE = "<h1>{{ title }}</h1><p>Hello {{name}}, you have {{ count }} messages.</p>" * 3


def run(n):
    routed = 0
    chars = 0
    pairs = 0
    for i in range(n):
        path = ("/user/%d/edit", "/blog/2024/post-%d", "/static/app%d.js", "/missing/%d")[i % 4] % i
        for route in ROUTES:
            m = route.match(path)
            if m:
                routed += len(m.groupdict())
                break
        values = {"title": "T%d" % i, "name": "<b>&%d</b>" % i, "count": str(i)}
        page = PLACEHOLDER.sub(lambda m: html.escape(values[m.group(1)]), TEMPLATE)
        chars += len(html.unescape(page))
        url = "http://example.com/search?" + urlencode({"q": "a b %d" % i, "tags": ["x", "y"]}, doseq=True)
        parts = urlsplit(url)
        pairs += len(parse_qs(parts.query)["tags"]) + len(quote(parts.path + "/é"))
        chars += len(re.findall(r"\w+", page)) + len(re.split(r"[<>]+", page))
    return routed, chars, pairs


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 20000))
