# html.parser: tags, attributes, data, comments, declarations, references and CDATA elements.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))


docs = [
    "<!DOCTYPE html><html><head><title>T &amp; U</title></head><body class='main' id=x>Hi</body></html>",
    '<a href="/p?a=1&amp;b=2" target=_blank data-x disabled>link</a><br/><img src="i.png" />',
    "<p>one<!-- a comment --> two</p><?xml version='1.0'?>",
    "<script>if (a < b && c > d) { x = '</p>'; }</script><style>p > a {}</style>after",
    "<DIV Class=\"A\">Mixed &copy; &#169; &#xA9; text</DIV>",
    "text with < lone and > signs & ampersand",
    "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>",
    "<input value='&lt;x&gt;' checked><p>unclosed",
]
for doc in docs:
    p = Recorder()
    p.feed(doc)
    p.close()
    print(p.events)
for doc in docs[1:5]:
    p = Recorder(convert_charrefs=False)
    p.feed(doc)
    p.close()
    print(p.events)
p = Recorder()
for chunk in ["<di", "v id='a", "'>te", "xt &am", "p; more</d", "iv>"]:
    p.feed(chunk)
p.close()
print(p.events)


class Pos(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print(tag, self.getpos(), self.get_starttag_text())


Pos().feed("<a>\n  <b x='1'>\n<c>")
