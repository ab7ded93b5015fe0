# html: escape/unescape edge cases and the html.entities tables.
import html
from html import entities
print(html.unescape("&amp &ampx &amp;x &AMP; &notit; &notin; &not &NotANamedEntity; &;"))
print(ascii(html.unescape("&#0; &#13; &#128; &#x80; &#x9f; &#129; &#1; &#11; &#x7f; &#xD800; &#x110000; &#65534; &#x1FFFF;")))
print(ascii(html.unescape("&#65 &#x41 &#X41; &#x; &# &#a; &#1234567890123;")))
print(ascii(html.unescape("&lang; &rang; &nbsp &NewLine; &Tab; &fjlig; &ThickSpace;")))
print(html.unescape("x&lt;y&gt;z"), html.unescape("&Aacute;&aacute;&Aacute&aacutex"), html.unescape("&" * 3), html.unescape("&&lt;&&"))
print(html.escape("a&b<c>d\"e'f"), html.escape("a&b<c>d\"e'f", False), html.escape("&amp;"), html.escape("\u00e9\u2603"))
print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name), len(entities.entitydefs))
print(entities.name2codepoint["amp"], entities.name2codepoint["lang"], entities.codepoint2name[233], entities.entitydefs["copy"], entities.html5["gt;"], entities.html5["gt"])
print(list(entities.name2codepoint)[:5], list(entities.html5)[:5], sorted(entities.codepoint2name)[:5])
print(ascii(entities.html5["NotNestedGreaterGreater;"]), ascii(entities.html5["Afr;"]), "amp" in entities.html5, "zwj" in entities.html5)
