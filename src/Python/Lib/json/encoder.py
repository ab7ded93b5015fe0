"""JSONEncoder: one-shot encoding is native (_json); iterencode() yields the chunks CPython yields."""
import _json

__all__ = ['JSONEncoder']

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
c_make_encoder = _json.make_encoder

INFINITY = float('inf')


def py_encode_basestring(s):
    return encode_basestring(s)


def py_encode_basestring_ascii(s):
    return encode_basestring_ascii(s)


class JSONEncoder(object):
    """Extensible JSON encoder: override default() to serialize more types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its JSON text piece by piece."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        if _one_shot:
            encode = c_make_encoder(markers, self.default, _encoder, self.indent, self.key_separator,
                                    self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)
            return encode(o, 0)
        return _iterencode(o, 0, markers, self.default, _encoder, self.indent, self.key_separator,
                           self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


def _scalar(o, encoder, allow_nan):
    """The text of a str, None, bool, int or float; None for anything else."""
    if isinstance(o, str):
        return encoder(o)
    if o is None:
        return 'null'
    if o is True:
        return 'true'
    if o is False:
        return 'false'
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float_text(o, allow_nan)
    return None


def _iterencode(o, level, markers, default, encoder, indent, key_sep, item_sep, sort_keys, skipkeys, allow_nan):
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def enter(obj):
        if markers is not None:
            marker = id(obj)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = obj

    def leave(obj):
        if markers is not None:
            del markers[id(obj)]

    def value(obj, level):
        text = _scalar(obj, encoder, allow_nan)
        if text is not None:
            yield text
        elif isinstance(obj, (list, tuple)):
            yield from array(obj, level)
        elif isinstance(obj, dict):
            yield from mapping(obj, level)
        else:
            enter(obj)
            yield from value(default(obj), level)
            leave(obj)

    def array(lst, level):
        if not lst:
            yield '[]'
            return
        enter(lst)
        buf = '['
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = item_sep + newline
            buf += newline
        else:
            newline = None
            separator = item_sep
        first = True
        for item in lst:
            if first:
                first = False
            else:
                buf = separator
            text = _scalar(item, encoder, allow_nan)
            if text is not None:
                yield buf + text
            else:
                yield buf
                if isinstance(item, (list, tuple)):
                    yield from array(item, level)
                elif isinstance(item, dict):
                    yield from mapping(item, level)
                else:
                    yield from value(item, level)
        if newline is not None:
            level -= 1
            yield '\n' + indent * level
        yield ']'
        leave(lst)

    def mapping(dct, level):
        if not dct:
            yield '{}'
            return
        enter(dct)
        yield '{'
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = item_sep + newline
            yield newline
        else:
            newline = None
            separator = item_sep
        items = sorted(dct.items()) if sort_keys else dct.items()
        first = True
        for key, val in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float_text(key, allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield separator
            yield encoder(key)
            yield key_sep
            text = _scalar(val, encoder, allow_nan)
            if text is not None:
                yield text
            elif isinstance(val, (list, tuple)):
                yield from array(val, level)
            elif isinstance(val, dict):
                yield from mapping(val, level)
            else:
                yield from value(val, level)
        if newline is not None:
            level -= 1
            yield '\n' + indent * level
        yield '}'
        leave(dct)

    return value(o, level)
