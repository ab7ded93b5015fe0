"""HTTP cookie handling: parse a Cookie header into morsels, and write Set-Cookie headers.

SimpleCookie keeps values as strings: assigning a value stores str(value), quoted for the
wire when it has characters a cookie cannot carry bare.
"""
import re
import string
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


_LEGAL = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_BARE_IN_QUOTES = _LEGAL + ' ()/<=>?@[]{}'
# Every other byte is written as a three-digit octal escape; '"' and '\\' get a backslash.
_ESCAPES = {code: '\\%03o' % code for code in range(256) if chr(code) not in _BARE_IN_QUOTES}
_ESCAPES[ord('"')] = '\\"'
_ESCAPES[ord('\\')] = '\\\\'
_is_legal_key = re.compile('[%s]+' % re.escape(_LEGAL)).fullmatch
_ESCAPE_IN_QUOTES = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _quote(str):
    r"""Quote a string for use in a cookie header: legal strings stay bare, others are
    put in double quotes with special characters escaped."""
    if str is None or _is_legal_key(str):
        return str
    return '"' + str.translate(_ESCAPES) + '"'


def _unescape(match):
    octal, char = match.groups()
    return chr(int(octal, 8)) if octal is not None else char


def _unquote(str):
    if str is None or len(str) < 2 or str[0] != '"' or str[-1] != '"':
        return str
    return _ESCAPE_IN_QUOTES.sub(_unescape, str[1:-1])


_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_DAYS, monthname=_MONTHS):
    """The HTTP date `future` seconds from now, for an integer 'expires'."""
    from time import gmtime, time
    year, month, day, hh, mm, ss, wd, _, _ = gmtime(time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (weekdayname[wd], day, monthname[month], year, hh, mm, ss)


class Morsel(dict):
    """A class to hold ONE (key, value) pair, with the cookie attributes as dict items.

    coded_value holds the network representation of the value.
    """
    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for attribute in self._reserved:
            dict.__setitem__(self, attribute, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def _attribute(self, name):
        name = name.lower()
        if name not in self._reserved:
            raise CookieError("Invalid attribute %r" % (name,))
        return name

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._attribute(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._attribute(key), val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value
                and self._key == morsel._key and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        clone = Morsel()
        dict.update(clone, self)
        clone.__dict__.update(self.__dict__)
        return clone

    def update(self, values):
        checked = {self._attribute(name): value for name, value in dict(values).items()}
        dict.update(self, checked)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = \"%s\";
        // end hiding -->
        </script>
        """ % (self.OutputString(attrs).replace('"', r'\"'))

    def OutputString(self, attrs=None):
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for name, value in sorted(self.items()):
            if value == "" or name not in attrs:
                continue
            label = self._reserved[name]
            if name == "expires" and isinstance(value, int):
                parts.append("%s=%s" % (label, _getdate(value)))
            elif name == "max-age" and isinstance(value, int):
                parts.append("%s=%d" % (label, value))
            elif name == "comment" and isinstance(value, str):
                parts.append("%s=%s" % (label, _quote(value)))
            elif name in self._flags:
                if value:
                    parts.append(str(label))
            else:
                parts.append("%s=%s" % (label, value))
        return '; '.join(parts)

    __class_getitem__ = classmethod(types.GenericAlias)


_KEY_CHARS = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_VALUE_CHARS = _KEY_CHARS + r'\[\]'
# One "key[=value]" of a Cookie header. A value is a quoted string, an expires date (it holds
# a comma and spaces), or a run of legal characters.
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _KEY_CHARS + r']+?)'
    r'(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _VALUE_CHARS + r']*))?'
    r'\s*(\s+|;|$)',
    re.ASCII)


class BaseCookie(dict):
    """A container class for a set of Morsels."""

    def value_decode(self, val):
        """real_value, coded_value = value_decode(STRING)
        Called prior to setting a cookie's value from the network representation."""
        return val, val

    def value_encode(self, val):
        """real_value, coded_value = value_encode(VALUE)
        Called prior to setting a cookie's value from the dictionary representation."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _store(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        """Dictionary style assignment."""
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            real_value, coded_value = self.value_encode(value)
            self._store(key, real_value, coded_value)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        """Return a string suitable for HTTP."""
        return sep.join(morsel.output(attrs, header) for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        pairs = ' '.join('%s=%s' % (key, repr(morsel.value)) for key, morsel in sorted(self.items()))
        return '<%s: %s>' % (self.__class__.__name__, pairs)

    def js_output(self, attrs=None):
        """Return a string suitable for JavaScript."""
        return ''.join(morsel.js_output(attrs) for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Load cookies from a string (presumably HTTP_COOKIE) or from a dictionary."""
        if isinstance(rawdata, str):
            self._parse(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _parse(self, text, patt=_CookiePattern):
        # Nothing is stored unless the whole header parses: a bad item drops them all.
        items = []
        seen_pair = False
        position = 0
        while 0 <= position < len(text):
            match = patt.match(text, position)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            position = match.end(0)
            if key[0] == "$":
                if seen_pair:
                    items.append((True, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not seen_pair:
                    return
                if value is not None:
                    items.append((True, key, _unquote(value)))
                elif key.lower() in Morsel._flags:
                    items.append((True, key, True))
                else:
                    return
            elif value is not None:
                items.append((False, key, self.value_decode(value)))
                seen_pair = True
            else:
                return
        current = None
        for is_attribute, key, value in items:
            if is_attribute:
                current[key] = value
            else:
                self._store(key, *value)
                current = self[key]


class SimpleCookie(BaseCookie):
    """A cookie whose values are strings: str() of what is assigned, kept as received from HTTP."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
