"""Splitting, joining and quoting URLs (RFC 3986, as CPython 3.11's urllib.parse does)."""

__all__ = [
    "urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode",
    "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus",
    "unquote_to_bytes", "DefragResult", "ParseResult", "SplitResult", "DefragResultBytes",
    "ParseResultBytes", "SplitResultBytes",
]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
                 "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https",
               "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs",
               "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip",
               "sips", "mms", "sftp", "tel"]
non_hierarchical = ["gopher", "hdl", "mailto", "news", "telnet", "wais", "imap", "snews", "sip", "sips"]
uses_query = ["", "http", "wais", "imap", "https", "shttp", "mms", "gopher", "rtsp", "rtspu", "sip",
              "sips"]
uses_fragment = ["", "ftp", "hdl", "http", "gopher", "news", "nntp", "wais", "https", "shttp", "snews",
                 "file", "prospero"]

scheme_chars = ("abcdefghijklmnopqrstuvwxyz"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789"
                "+-.")

# Leading C0 controls and spaces are stripped and tabs/newlines removed, as the WHATWG URL
# standard does (CPython 3.11 follows it since bpo-43882).
_C0_CONTROL_OR_SPACE = "".join(chr(i) for i in range(0x21))
_UNSAFE_CHARS = ("\t", "\r", "\n")

MAX_CACHE_SIZE = 20


def clear_cache():
    """Kept for compatibility: nothing is cached."""


# ---------------------------------------------------------------- str/bytes coercion

def _noop(obj):
    return obj


def _encode_result(obj, encoding="ascii", errors="strict"):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding="ascii", errors="strict"):
    return tuple(x.decode(encoding, errors) if x else "" for x in args)


def _coerce_args(*args):
    """All str, or all bytes-like (worked on as ASCII str and encoded back by the returned function)."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# ---------------------------------------------------------------- result types

class _ResultTuple(tuple):
    """A named tuple of URL components (the collections module is not used here)."""

    __slots__ = ()
    _fields = ()

    def __new__(cls, *args, **kwargs):
        fields = cls._fields
        if kwargs:
            values = list(args)
            for name in fields[len(args):]:
                if name not in kwargs:
                    raise TypeError("%s.__new__() missing required argument: %r" % (cls.__name__, name))
                values.append(kwargs.pop(name))
            if kwargs:
                raise TypeError("%s.__new__() got an unexpected keyword argument %r"
                                % (cls.__name__, next(iter(kwargs))))
            args = tuple(values)
        if len(args) != len(fields):
            raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                            % (cls.__name__, len(fields) + 1, len(args) + 1))
        return tuple.__new__(cls, args)

    @classmethod
    def _make(cls, iterable):
        return cls(*tuple(iterable))

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(self._fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return self.__class__(*values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__,
                           ", ".join("%s=%r" % item for item in zip(self._fields, self)))


def _field(index, doc):
    return property(lambda self: self[index], doc=doc)


class _DefragBase(_ResultTuple):
    __slots__ = ()
    _fields = ("url", "fragment")
    url = _field(0, "The URL with no fragment identifier.")
    fragment = _field(1, "Fragment identifier separated from URL.")


class _SplitBase(_ResultTuple):
    __slots__ = ()
    _fields = ("scheme", "netloc", "path", "query", "fragment")
    scheme = _field(0, "Specifies URL scheme for the request.")
    netloc = _field(1, "Network location where the request is made to.")
    path = _field(2, "The hierarchical path.")
    query = _field(3, "The query component.")
    fragment = _field(4, "Fragment identifier.")


class _ParseBase(_ResultTuple):
    __slots__ = ()
    _fields = ("scheme", "netloc", "path", "params", "query", "fragment")
    scheme = _field(0, "Specifies URL scheme for the request.")
    netloc = _field(1, "Network location where the request is made to.")
    path = _field(2, "The hierarchical path.")
    params = _field(3, "Parameters for last path element.")
    query = _field(4, "The query component.")
    fragment = _field(5, "Fragment identifier.")


class _NetlocMixin:
    """username, password, hostname and port read from netloc."""

    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # An IPv6 zone id keeps its case; the rest is case-insensitive.
        separator = "%" if isinstance(hostname, str) else b"%"
        hostname, percent, zone = hostname.partition(separator)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError("Port could not be cast to integer value as %r" % (port,))
            if not 0 <= port <= 65535:
                raise ValueError("Port out of range 0-65535")
        return port

    @property
    def _userinfo(self):
        netloc = self.netloc
        at = "@" if isinstance(netloc, str) else b"@"
        colon = ":" if isinstance(netloc, str) else b":"
        userinfo, have_info, _ = netloc.rpartition(at)
        if have_info:
            username, have_password, password = userinfo.partition(colon)
            if not have_password:
                password = None
        else:
            username = password = None
        return username, password

    @property
    def _hostinfo(self):
        netloc = self.netloc
        if isinstance(netloc, str):
            at, open_br, close_br, colon = "@", "[", "]", ":"
        else:
            at, open_br, close_br, colon = b"@", b"[", b"]", b":"
        _, _, hostinfo = netloc.rpartition(at)
        _, have_open_br, bracketed = hostinfo.partition(open_br)
        if have_open_br:
            hostname, _, port = bracketed.partition(close_br)
            _, _, port = port.partition(colon)
        else:
            hostname, _, port = hostinfo.partition(colon)
        if not port:
            port = None
        return hostname, port


class _StrResult:
    __slots__ = ()

    def encode(self, encoding="ascii", errors="strict"):
        return self._encoded(*(x.encode(encoding, errors) for x in self))


class _BytesResult:
    __slots__ = ()

    def decode(self, encoding="ascii", errors="strict"):
        return self._decoded(*(x.decode(encoding, errors) for x in self))


class DefragResult(_DefragBase, _StrResult):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + "#" + self.fragment
        return self.url


class SplitResult(_SplitBase, _StrResult, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseBase, _StrResult, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragBase, _BytesResult):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b"#" + self.fragment
        return self.url


class SplitResultBytes(_SplitBase, _BytesResult, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseBase, _BytesResult, _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _str, _bytes in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                     (ParseResult, ParseResultBytes)):
    _str._encoded = _bytes
    _bytes._decoded = _str
del _str, _bytes


# ---------------------------------------------------------------- splitting and joining

def _splitnetloc(url, start=0):
    end = len(url)
    for c in "/?#":
        found = url.find(c, start)
        if found >= 0 and found < end:
            end = found
    return url[start:end], url[end:]


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    try:
        import unicodedata
    except ImportError:
        return
    n = netloc.replace("@", "").replace(":", "").replace("#", "").replace("?", "")
    normalized = unicodedata.normalize("NFKC", n)
    if n == normalized:
        return
    for c in "/?#@:":
        if c in normalized:
            raise ValueError("netloc %r contains invalid characters under NFKC normalization" % netloc)


def _check_bracketed_host(hostname):
    if hostname.startswith("v"):
        body = hostname[1:]
        dot = body.find(".")
        ok = dot > 0 and all(c in "0123456789abcdefABCDEF" for c in body[:dot]) and len(body) > dot + 1
        if not ok:
            raise ValueError("IPvFuture address is invalid")
        return
    if not _is_ipv6(hostname):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % hostname)


def _is_ipv6(text):
    text = text.split("%", 1)[0]
    if not text or text.count("::") > 1:
        return False
    parts = text.split(":")
    if "." in parts[-1]:
        octets = parts[-1].split(".")
        if len(octets) != 4 or not all(o.isdigit() and o.isascii() and int(o) <= 255 and (o == "0" or o[0] != "0")
                                       for o in octets):
            return False
        parts = parts[:-1] + ["0", "0"]
    if "::" in text:
        if len(parts) > 9:
            return False
    elif len(parts) != 8:
        return False
    for p in parts:
        if p and (len(p) > 4 or not all(c in "0123456789abcdefABCDEF" for c in p)):
            return False
    return True


def urlsplit(url, scheme="", allow_fragments=True):
    """Split a URL into 5 parts: <scheme>://<netloc>/<path>?<query>#<fragment>."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_CHARS:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    netloc = query = fragment = ""
    colon = url.find(":")
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:colon]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == "//":
        netloc, url = _splitnetloc(url, 2)
        if ("[" in netloc) != ("]" in netloc):
            raise ValueError("Invalid IPv6 URL")
        if "[" in netloc and "]" in netloc:
            bracketed = netloc.partition("[")[2].partition("]")[0]
            _check_bracketed_host(bracketed)
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    _checknetloc(netloc)
    return coerce(SplitResult(scheme, netloc, url, query, fragment))


def _splitparams(url):
    if "/" in url:
        i = url.find(";", url.rfind("/"))
        if i < 0:
            return url, ""
    else:
        i = url.find(";")
    return url[:i], url[i + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    """Split a URL into 6 parts: <scheme>://<netloc>/<path>;<params>?<query>#<fragment>."""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ";" in url:
        url, params = _splitparams(url)
    else:
        params = ""
    return coerce(ParseResult(scheme, netloc, url, params, query, fragment))


def urlunsplit(components):
    """Put a urlsplit() tuple back together (an equivalent URL, perhaps not the same string)."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return coerce(url)


def urlunparse(components):
    """Put a urlparse() tuple back together."""
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base as RFC 3986 section 5.2 does."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))

    base_parts = bpath.split("/")
    if base_parts[-1] != "":
        # The last segment of the base path is a file name, not a directory.
        del base_parts[-1]
    if path[:1] == "/":
        segments = path.split("/")
    else:
        segments = base_parts + path.split("/")
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for segment in segments:
        if segment == "..":
            if resolved:
                resolved.pop()
        elif segment != ".":
            resolved.append(segment)
    if segments[-1] in (".", ".."):
        resolved.append("")
    return coerce(urlunparse((scheme, netloc, "/".join(resolved) or "/", params, query, fragment)))


def urldefrag(url):
    """The URL without its fragment, and the fragment, as a DefragResult."""
    url, coerce = _coerce_args(url)
    if "#" in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ""))
    else:
        frag = ""
        defrag = url
    return coerce(DefragResult(defrag, frag))


# ---------------------------------------------------------------- quoting

_HEX = "0123456789ABCDEFabcdef"
_ALWAYS_SAFE_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
_ALWAYS_SAFE = frozenset(_ALWAYS_SAFE_BYTES)
# Per safe set: the text each byte value quotes to (module state, so one table set per engine).
_quote_tables = {}


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    bits = string.split(b"%")
    if len(bits) == 1:
        return string
    res = [bits[0]]
    for item in bits[1:]:
        if len(item) >= 2 and chr(item[0]) in _HEX and chr(item[1]) in _HEX:
            res.append(bytes((int(item[:2], 16),)))
            res.append(item[2:])
        else:
            res.append(b"%")
            res.append(item)
    return b"".join(res)


def unquote(string, encoding="utf-8", errors="replace"):
    """Replace %xx escapes by the characters they encode (decoded as encoding)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    # Runs of ASCII are unquoted to bytes and decoded; other characters are kept as they are.
    pieces = []
    start = 0
    n = len(string)
    while start < n:
        end = start
        ascii_run = string[start].isascii()
        while end < n and string[end].isascii() == ascii_run:
            end += 1
        chunk = string[start:end]
        pieces.append(unquote_to_bytes(chunk).decode(encoding, errors) if ascii_run else chunk)
        start = end
    return "".join(pieces)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """Like unquote(), also replacing plus signs by spaces, as form values need."""
    string = string.replace("+", " ")
    return unquote(string, encoding, errors)


def quote(string, safe="/", encoding=None, errors=None):
    """Percent-encode every character of string except letters, digits, '_.-~' and safe."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """Like quote(), also replacing spaces by plus signs, as form values need."""
    if (isinstance(string, str) and " " not in string) or (isinstance(string, bytes) and b" " not in string):
        return quote(string, safe, encoding, errors)
    space = " " if isinstance(safe, str) else b" "
    string = quote(string, safe + space, encoding, errors)
    return string.replace(" ", "+")


def quote_from_bytes(bs, safe="/"):
    """quote_from_bytes(b'abc def?') -> 'abc%20def%3F'."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    else:
        safe = bytes(c for c in safe if c < 128)
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _quote_tables.get(safe)
    if table is None:
        allowed = _ALWAYS_SAFE.union(safe)
        table = [chr(b) if b in allowed else "%%%02X" % b for b in range(256)]
        if len(_quote_tables) < 64:
            _quote_tables[safe] = table
    return "".join([table[b] for b in bs])


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as an application/x-www-form-urlencoded string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def encode(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    pairs = []
    for k, v in query:
        k = encode(k)
        if not doseq or isinstance(v, (str, bytes)):
            pairs.append(k + "=" + encode(v))
            continue
        try:
            len(v)
        except TypeError:
            pairs.append(k + "=" + encode(v))
        else:
            for element in v:
                pairs.append(k + "=" + encode(element))
    return "&".join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
              max_num_fields=None, separator="&"):
    """Parse a query string into a list of (name, value) pairs."""
    qs, coerce = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError("Max number of fields exceeded")
    result = []
    for field in qs.split(separator) if qs else []:
        if not field and not strict_parsing:
            continue
        name_value = field.split("=", 1)
        if len(name_value) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            name_value.append("")
        if len(name_value[1]) or keep_blank_values:
            name = coerce(unquote(name_value[0].replace("+", " "), encoding=encoding, errors=errors))
            value = coerce(unquote(name_value[1].replace("+", " "), encoding=encoding, errors=errors))
            result.append((name, value))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
             max_num_fields=None, separator="&"):
    """Parse a query string into a dict mapping each name to the list of its values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields, separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def unwrap(url):
    """unwrap('<URL:type://host/path>') -> 'type://host/path'."""
    url = str(url).strip()
    if url[:1] == "<" and url[-1:] == ">":
        url = url[1:-1].strip()
    if url[:4] == "URL:":
        url = url[4:].strip()
    return url
