"""Manage HTTP Response Headers"""
import re

_NEEDS_QUOTES = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _formatparam(param, value=None, quote=1):
    """Format a key=value pair, quoting the value when asked to or when it needs it."""
    if not value:
        return param
    if quote or _NEEDS_QUOTES.search(value):
        return '%s="%s"' % (param, value.replace('\\', '\\\\').replace('"', '\\"'))
    return '%s=%s' % (param, value)


def _checked(value):
    if type(value) is str:
        return value
    raise AssertionError("Header names/values must be of type str (got {0})".format(repr(value)))


class Headers:
    """Manage a collection of HTTP response headers"""

    def __init__(self, headers=None):
        if headers is None:
            headers = []
        if type(headers) is not list:
            raise TypeError("Headers must be a list of name/value tuples")
        # The list is shared, not copied: a server may keep the same list it passed in.
        self._headers = headers
        for name, value in headers:
            _checked(name)
            _checked(value)

    def _convert_string_type(self, value):
        """Convert/check value type."""
        return _checked(value)

    def __len__(self):
        """Return the total number of headers, including duplicates."""
        return len(self._headers)

    def __setitem__(self, name, val):
        """Set the value of a header."""
        del self[name]
        self._headers.append((_checked(name), _checked(val)))

    def __delitem__(self, name):
        """Delete all occurrences of a header, if present."""
        name = _checked(name.lower())
        self._headers[:] = [kv for kv in self._headers if kv[0].lower() != name]

    def __getitem__(self, name):
        """Get the first header value for 'name', or None if it is missing."""
        return self.get(name)

    def __contains__(self, name):
        """Return true if the message contains the header."""
        return self.get(name) is not None

    def get_all(self, name):
        """Return a list of all the values for the named field, in order."""
        name = _checked(name.lower())
        return [v for k, v in self._headers if k.lower() == name]

    def get(self, name, default=None):
        """Get the first header value for 'name', or return 'default'"""
        name = _checked(name.lower())
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return default

    def keys(self):
        """Return a list of all the header field names, in order, with duplicates."""
        return [k for k, v in self._headers]

    def values(self):
        """Return a list of all header values, in order, with duplicates."""
        return [v for k, v in self._headers]

    def items(self):
        """Get all the header fields and values, in order, with duplicates."""
        return self._headers[:]

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._headers)

    def __str__(self):
        """str() returns the formatted headers, complete with end line,
        suitable for direct HTTP transmission."""
        return ''.join('%s: %s\r\n' % kv for kv in self._headers) + '\r\n'

    def __bytes__(self):
        return str(self).encode('iso-8859-1')

    def setdefault(self, name, value):
        """Return first matching header value for 'name', or add 'name' with 'value'."""
        found = self.get(name)
        if found is not None:
            return found
        self._headers.append((_checked(name), _checked(value)))
        return value

    def add_header(self, _name, _value, **_params):
        """Extended header setting: keyword arguments become parameters, with
        underscores turned into dashes; a None parameter value adds the bare key."""
        parts = []
        if _value is not None:
            parts.append(_checked(_value))
        for key, value in _params.items():
            key = _checked(key).replace('_', '-')
            parts.append(key if value is None else _formatparam(key, _checked(value)))
        self._headers.append((_checked(_name), "; ".join(parts)))
