"""String constants, Template and Formatter (this implementation's own module).

Template scans placeholders by hand so the module stands alone; a subclass that overrides
the regular-expression attributes (pattern, idpattern, braceidpattern, flags) is scanned
with the re module instead.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word and join with sep (a single space when sep is None)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits
_missing = object()


class _Placeholder:
    """One delimiter occurrence: which kind it is, its name, and where it starts and ends."""

    __slots__ = ('kind', 'name', 'start', 'end')

    def __init__(self, kind, name, start, end):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end


class _Lookup:
    """Keyword arguments looked up before the mapping, as substitute() documents."""

    def __init__(self, kws, mapping):
        self._kws = kws
        self._mapping = mapping

    def __getitem__(self, key):
        if key in self._kws:
            return self._kws[key]
        return self._mapping[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = 'pattern' in cls.__dict__ or any(
            getattr(cls, name) is not getattr(Template, name) for name in ('idpattern', 'braceidpattern', 'flags'))
        if not custom:
            return
        import re
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |
              (?P<named>{id})       |
              {{(?P<braced>{bid})}} |
              (?P<invalid>)
            )
            """
        flags = re.IGNORECASE if cls.flags is None else cls.flags
        cls.pattern = re.compile(pattern, flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        pattern = getattr(type(self), 'pattern', None)
        if pattern is not None:
            yield from self._regex_placeholders(pattern)
            return
        text = self.template
        delim = self.delimiter
        n = len(text)
        size = len(delim)
        i = text.find(delim)
        while i >= 0:
            j = i + size
            if text.startswith(delim, j):
                found = _Placeholder('escaped', None, i, j + size)
            elif j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_REST:
                    k += 1
                found = _Placeholder('named', text[j:k], i, k)
            elif j < n and text[j] == '{' and j + 1 < n and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_REST:
                    k += 1
                if k < n and text[k] == '}':
                    found = _Placeholder('braced', text[j + 1:k], i, k + 1)
                else:
                    found = _Placeholder('invalid', None, i, j)
            else:
                found = _Placeholder('invalid', None, i, j)
            yield found
            i = text.find(delim, found.end)

    def _regex_placeholders(self, pattern):
        for mo in pattern.finditer(self.template):
            groups = mo.groupdict()
            for kind in ('escaped', 'named', 'braced', 'invalid'):
                if groups.get(kind) is not None:
                    value = groups[kind]
                    yield _Placeholder(kind, value, mo.start(), mo.end())
                    break
            else:
                raise ValueError('Unrecognized named group in pattern', pattern)

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, safe):
        text = self.template
        out = []
        last = 0
        for ph in self._placeholders():
            out.append(text[last:ph.start])
            last = ph.end
            if ph.kind == 'escaped':
                out.append(self.delimiter)
            elif ph.kind == 'invalid':
                if not safe:
                    self._invalid(ph.end)
                out.append(text[ph.start:ph.end])
            elif safe:
                try:
                    out.append(str(mapping[ph.name]))
                except KeyError:
                    out.append(text[ph.start:ph.end])
            else:
                out.append(str(mapping[ph.name]))
        out.append(text[last:])
        return ''.join(out)

    def substitute(self, mapping=_missing, /, **kws):
        if mapping is _missing:
            mapping = kws
        elif kws:
            mapping = _Lookup(kws, mapping)
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=_missing, /, **kws):
        if mapping is _missing:
            mapping = kws
        elif kws:
            mapping = _Lookup(kws, mapping)
        return self._substitute(mapping, True)

    def is_valid(self):
        for ph in self._placeholders():
            if ph.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for ph in self._placeholders():
            if ph.kind in ('named', 'braced') and ph.name not in ids:
                ids.append(ph.name)
        return ids


def _parse_format(format_string):
    """Yield (literal_text, field_name, format_spec, conversion) like str.format's parser."""
    text = format_string
    n = len(text)
    i = 0
    while i < n:
        start = i
        c = ''
        while i < n:
            c = text[i]
            i += 1
            if c in '{}':
                break
        else:
            yield text[start:i], None, None, None
            return
        if c == '}' and (i >= n or text[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if i >= n:
            raise ValueError("Single '{' encountered in format string")
        if text[i] == c:
            i += 1
            yield text[start:i - 1], None, None, None
            continue
        literal = text[start:i - 1]
        name, spec, conversion, i = _parse_field(text, i)
        yield literal, name, spec, conversion


def _parse_field(text, i):
    """Parse one replacement field whose '{' ends just before i; return its parts and the next index."""
    n = len(text)
    start = i
    c = ''
    while i < n:
        c = text[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and text[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    name = text[start:i - 1]
    conversion = None
    if c in '!:':
        if c == '!':
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = text[i]
            i += 1
            if i < n:
                c = text[i]
                i += 1
                if c == '}':
                    return name, '', conversion, i
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        depth = 1
        while i < n:
            c = text[i]
            i += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    return name, text[spec_start:i - 1], conversion, i
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return name, '', conversion, i


def _split_field_name(field_name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)]), numbers converted to int."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            attr = field_name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif field_name[i] == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """The str.format machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
