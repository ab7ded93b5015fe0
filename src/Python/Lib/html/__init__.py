"""HTML escaping and unescaping (HTML5 character references)."""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace &, < and > (and both quotes when quote is true) by HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Numeric references the HTML5 tokenizer maps elsewhere: NUL, CR, and the C1 range read as
# windows-1252 (the five unassigned ones stand for themselves).
_C1 = "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f" \
      "\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178"
_REMAPPED = {0x00: "\ufffd", 0x0D: "\r"}
for _i, _ch in enumerate(_C1):
    _REMAPPED[0x80 + _i] = _ch
del _i, _ch


def _dropped(cp):
    """Code points a numeric reference may not produce: controls and noncharacters."""
    return (0x1 <= cp <= 0x8 or cp == 0xB or 0xE <= cp <= 0x1F or 0x7F <= cp <= 0x9F
            or 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE)


_html5 = None


def _named(name):
    global _html5
    if _html5 is None:
        from html.entities import html5
        _html5 = html5
    value = _html5.get(name)
    if value is not None:
        return value
    # Without the ';' the longest known prefix counts, the rest stays text (legacy references).
    for end in range(len(name) - 1, 1, -1):
        value = _html5.get(name[:end])
        if value is not None:
            return value + name[end:]
    return "&" + name


def _replace(match):
    text = match.group(1)
    if text[0] != "#":
        return _named(text)
    digits = text.rstrip(";")
    if digits[1] in "xX":
        cp = int(digits[2:], 16)
    else:
        cp = int(digits[1:])
    if cp in _REMAPPED:
        return _REMAPPED[cp]
    if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
        return "\ufffd"
    if _dropped(cp):
        return ""
    return chr(cp)


_REFERENCE = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """Replace every named and numeric character reference in s by the characters it stands for."""
    if "&" not in s:
        return s
    return _REFERENCE.sub(_replace, s)
