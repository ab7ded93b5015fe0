"""A simple HTML parser: subclass HTMLParser and override its handle_* methods."""

import re
from html import unescape

__all__ = ["HTMLParser"]

_TAG_OPEN = re.compile(r"<[a-zA-Z]")
_TAG_NAME = re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTRIBUTE = re.compile(
    r"((?<=[\'\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*(\'[^\']*\'|\"[^\"]*\"|(?![\'\"])[^>\s]*))?(?:\s|/(?!>))*")
_TAG_CLOSE = re.compile(r"\s*/?\s*>")
_END_TAG = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_CHARREF = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_ENTITYREF = re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_INCOMPLETE_REF = re.compile(r"&[a-zA-Z#]")


class HTMLParser:
    """Feed text with feed(); the parser calls handle_starttag, handle_endtag, handle_data and the
    other handle_* methods as it recognises each construct. With convert_charrefs (the default)
    character references in data and attribute values are replaced by the characters."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = None
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self._goahead(False)

    def close(self):
        self._goahead(True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self._starttag_text

    def _advance(self, text):
        lines = text.count("\n")
        if lines:
            self.lineno += lines
            self.offset = len(text) - (text.rindex("\n") + 1)
        else:
            self.offset += len(text)

    def _data(self, text):
        if text:
            self.handle_data(unescape(text) if self.convert_charrefs and not self.cdata_elem else text)

    def _next_markup(self, raw, i):
        """Where the next tag (or, without convert_charrefs, reference) may start."""
        if self.cdata_elem:
            found = re.compile(r"</%s(?=[\s/>]|$)" % re.escape(self.cdata_elem), re.I).search(raw, i)
            return found.start() if found else -1
        lt = raw.find("<", i)
        if self.convert_charrefs:
            return lt
        amp = raw.find("&", i)
        if amp >= 0 and (lt < 0 or amp < lt):
            return amp
        return lt

    def _goahead(self, end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            j = self._next_markup(raw, i)
            if j < 0:
                if self.cdata_elem and not end:
                    break
                if self.convert_charrefs and not end:
                    # A reference may be cut by the end of this chunk: keep it for the next feed.
                    amp = raw.rfind("&", max(i, n - 34))
                    if amp >= 0 and not re.compile(r"[\s;]").search(raw, amp, n):
                        break
                    j = n
                else:
                    j = n
            if i < j:
                self._data(raw[i:j])
                self._advance(raw[i:j])
            i = j
            if i == n:
                break
            if raw.startswith("<", i):
                if _TAG_OPEN.match(raw, i):
                    k = self._parse_starttag(i)
                elif raw.startswith("</", i):
                    k = self._parse_endtag(i)
                elif raw.startswith("<!--", i):
                    k = self._parse_comment(i)
                elif raw.startswith("<?", i):
                    k = self._parse_pi(i)
                elif raw.startswith("<!", i):
                    k = self._parse_decl(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                elif end:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    k = raw.find(">", i + 1)
                    if k < 0:
                        k = n
                    else:
                        k += 1
                    self._data(raw[i:k])
                self._advance(raw[i:k])
                i = k
            elif raw.startswith("&#", i):
                match = _CHARREF.match(raw, i)
                if match:
                    name = match.group()[2:-1]
                    self.handle_charref(name)
                    k = match.end()
                    if raw[k - 1] != ";":
                        k -= 1
                elif ";" in raw[i:] or end:
                    self.handle_data(raw[i:i + 2])
                    k = i + 2
                else:
                    break
                self._advance(raw[i:k])
                i = k
            elif raw.startswith("&", i):
                match = _ENTITYREF.match(raw, i)
                if match:
                    self.handle_entityref(match.group(1))
                    k = match.end()
                    if raw[k - 1] != ";":
                        k -= 1
                elif _INCOMPLETE_REF.match(raw, i) and not end:
                    break
                else:
                    self.handle_data("&")
                    k = i + 1
                self._advance(raw[i:k])
                i = k
        if end and i < n:
            self._data(raw[i:n])
            self._advance(raw[i:n])
            i = n
        self.rawdata = raw[i:]

    def _parse_starttag(self, i):
        raw = self.rawdata
        close = _TAG_CLOSE.search(raw, i + 1)
        if not close or raw.find(">", i) < 0:
            return -1
        match = _TAG_NAME.match(raw, i + 1)
        tag = match.group(1).lower()
        k = match.end()
        attrs = []
        while True:
            m = _ATTRIBUTE.match(raw, k)
            if not m:
                break
            name, rest, value = m.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = m.end()
        end = _TAG_CLOSE.match(raw, k)
        if not end:
            # Junk before '>': CPython reports the whole tag as data.
            gt = raw.find(">", k)
            if gt < 0:
                return -1
            self.handle_data(raw[i:gt + 1])
            return gt + 1
        self._starttag_text = raw[i:end.end()]
        self.lasttag = tag
        if end.group().rstrip().endswith("/>"):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.cdata_elem = tag
        return end.end()

    def _parse_endtag(self, i):
        raw = self.rawdata
        gt = raw.find(">", i + 2)
        if gt < 0:
            return -1
        match = _END_TAG.match(raw, i)
        if not match:
            if self.cdata_elem:
                self.handle_data(raw[i:gt + 1])
                return gt + 1
            name = re.compile(r"</\s*([a-zA-Z][^\t\n\r\f />]*)").match(raw, i)
            if name:
                self.handle_endtag(name.group(1).lower())
            elif raw[i + 2:gt].strip():
                self.handle_comment(raw[i + 2:gt])
            return gt + 1
        tag = match.group(1).lower()
        if self.cdata_elem and tag != self.cdata_elem:
            self.handle_data(raw[i:match.end()])
            return match.end()
        self.handle_endtag(tag)
        self.cdata_elem = None
        return match.end()

    def _parse_comment(self, i):
        raw = self.rawdata
        close = raw.find("-->", i + 4)
        if close < 0:
            return -1
        self.handle_comment(raw[i + 4:close])
        return close + 3

    def _parse_pi(self, i):
        raw = self.rawdata
        close = raw.find(">", i + 2)
        if close < 0:
            return -1
        self.handle_pi(raw[i + 2:close])
        return close + 1

    def _parse_decl(self, i):
        raw = self.rawdata
        if raw.startswith("<![CDATA[", i):
            close = raw.find("]]>", i + 9)
            if close < 0:
                return -1
            self.unknown_decl(raw[i + 3:close])
            return close + 3
        close = raw.find(">", i + 2)
        if close < 0:
            return -1
        if raw[i + 2:i + 3].isalpha():
            self.handle_decl(raw[i + 2:close])
        else:
            self.handle_comment(raw[i + 2:close])
        return close + 1

    # Overridable handlers.

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
