"""The standard encodings: the registry's first search function, which builds each codec's CodecInfo.

The codecs themselves are the engine's (the ones str.encode uses); this package only gives them CPython's
CodecInfo names and classes, which report themselves as living in encodings.<codec module>.
"""

import binascii
import codecs
import _codecs


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Runs of characters other than letters, digits and '.' become one '_' (none at either end)."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    words = []
    word = []
    for c in encoding:
        if c.isalnum() and c.isascii() or c == ".":
            word.append(c)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return "_".join(words)


# The engine's canonical names whose CodecInfo name or module differs from the name itself.
_INFO_NAMES = {"latin-1": "iso8859-1"}
_MODULES = {"latin-1": "latin_1"}


def _classes(module, members):
    """Makes the named classes as if defined in encodings.<module>."""
    made = {}
    for name, bases, body in members:
        cls = type(name, bases, body)
        cls.__module__ = "encodings." + module
        made[name] = cls
    return made


def _stateless(module, name, encode, decode, is_text=True):
    """A codec whose every call stands alone: encode(input, errors) and decode(input, errors) do all the work."""
    def incremental_encode(self, input, final=False):
        return encode(input, self.errors)[0]

    def incremental_decode(self, input, final=False):
        return decode(input, self.errors)[0]

    members = _classes(module, [
        ("Codec", (codecs.Codec,), {"encode": staticmethod(encode), "decode": staticmethod(decode)}),
        ("IncrementalEncoder", (codecs.IncrementalEncoder,), {"encode": incremental_encode}),
        ("IncrementalDecoder", (codecs.IncrementalDecoder,), {"decode": incremental_decode}),
    ])
    members.update(_classes(module, [
        ("StreamWriter", (members["Codec"], codecs.StreamWriter), {}),
        ("StreamReader", (members["Codec"], codecs.StreamReader), {}),
    ]))
    return _info(name, encode, decode, members, is_text)


def _info(name, encode, decode, members, is_text=True):
    return codecs.CodecInfo(
        name=name, encode=encode, decode=decode,
        incrementalencoder=members["IncrementalEncoder"], incrementaldecoder=members["IncrementalDecoder"],
        streamreader=members["StreamReader"], streamwriter=members["StreamWriter"],
        _is_text_encoding=is_text)


def _whole(decoder):
    """The stateless decode() of a codec whose decoder takes a final flag: all input is final."""
    def decode(input, errors="strict"):
        return decoder(input, errors, True)
    return decode


def _buffered(module, name, encoder, decoder):
    """A codec whose decoder leaves a split sequence for the next call (UTF-8, UTF-16-LE...)."""
    def incremental_encode(self, input, final=False):
        return encoder(input, self.errors)[0]

    def stream_decode(input, errors="strict"):
        return decoder(input, errors, False)

    members = _classes(module, [
        ("IncrementalEncoder", (codecs.IncrementalEncoder,), {"encode": incremental_encode}),
        ("IncrementalDecoder", (codecs.BufferedIncrementalDecoder,), {"_buffer_decode": staticmethod(decoder)}),
        ("StreamWriter", (codecs.StreamWriter,), {"encode": staticmethod(encoder)}),
        ("StreamReader", (codecs.StreamReader,), {"decode": staticmethod(stream_decode)}),
    ])
    return _info(name, encoder, _whole(decoder), members)


def _with_bom(module, name, width):
    """UTF-16 or UTF-32: a byte order mark starts the output; on input, one decides the order (else native)."""
    bits = width * 8
    encode_any = getattr(_codecs, "utf_%d_encode" % bits)
    ex_decode = getattr(_codecs, "utf_%d_ex_decode" % bits)
    plain = {1: getattr(_codecs, "utf_%d_be_encode" % bits), -1: getattr(_codecs, "utf_%d_le_encode" % bits)}
    by_order = {1: getattr(_codecs, "utf_%d_be_decode" % bits), -1: getattr(_codecs, "utf_%d_le_decode" % bits)}
    native = -1 if codecs.BOM_UTF16 == codecs.BOM_UTF16_LE else 1

    def encode(input, errors="strict"):
        return encode_any(input, errors)

    def sniff(input, errors, final):
        # Decodes the start of a stream; returns the decoder its byte order mark chose (None while undecided).
        output, used, order = ex_decode(input, errors, 0, final)
        if order:
            return output, used, by_order[order]
        if used >= width:
            raise UnicodeError("UTF-%d stream does not start with BOM" % bits)
        return output, used, None

    def decode(input, errors="strict"):
        return getattr(_codecs, "utf_%d_decode" % bits)(input, errors, True)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors="strict"):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                self.encoder = plain[native]
                return encode_any(input, self.errors)[0]
            return self.encoder(input, self.errors)[0]

        def reset(self):
            codecs.IncrementalEncoder.reset(self)
            self.encoder = None

        def getstate(self):
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            self.encoder = None if state else plain[native]

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is not None:
                return self.decoder(input, errors, final)
            output, used, self.decoder = sniff(input, errors, final)
            return output, used

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.decoder = None

        def getstate(self):
            state = codecs.BufferedIncrementalDecoder.getstate(self)[0]
            if self.decoder is None:
                return (state, 2)
            return (state, int((self.decoder is by_order[1]) == (native == -1)))

        def setstate(self, state):
            codecs.BufferedIncrementalDecoder.setstate(self, state)
            flag = state[1]
            if flag == 2:
                self.decoder = None
            else:
                big = (flag == 1) == (native == -1)
                self.decoder = by_order[1 if big else -1]

    class StreamWriter(codecs.StreamWriter):
        def __init__(self, stream, errors="strict"):
            codecs.StreamWriter.__init__(self, stream, errors)
            self.encoder = None

        def reset(self):
            codecs.StreamWriter.reset(self)
            self.encoder = None

        def encode(self, input, errors="strict"):
            if self.encoder is None:
                self.encoder = plain[native]
                return encode_any(input, errors)
            return self.encoder(input, errors)

    class StreamReader(codecs.StreamReader):
        def reset(self):
            codecs.StreamReader.reset(self)
            self.__dict__.pop("decode", None)

        def decode(self, input, errors="strict"):
            output, used, decoder = sniff(input, errors, False)
            if decoder is not None:
                self.decode = decoder
            return output, used

    return _info(name, encode, decode, _adopt(module, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader))


def _adopt(module, *classes):
    """Names classes made inside a function as if defined at the top of encodings.<module>."""
    members = {}
    for cls in classes:
        cls.__module__ = "encodings." + module
        cls.__qualname__ = cls.__name__
        members[cls.__name__] = cls
    return members


def _utf_8_sig():
    """UTF-8 whose output starts with a byte order mark and whose input may start with one (then dropped)."""
    bom = codecs.BOM_UTF8

    def encode(input, errors="strict"):
        return bom + _codecs.utf_8_encode(input, errors)[0], len(input)

    def decode(input, errors="strict"):
        skip = 3 if input[:3] == bom else 0
        output, used = _codecs.utf_8_decode(input[skip:], errors, True)
        return output, used + skip

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors="strict"):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            if self.first:
                self.first = 0
                return bom + _codecs.utf_8_encode(input, self.errors)[0]
            return _codecs.utf_8_encode(input, self.errors)[0]

        def reset(self):
            codecs.IncrementalEncoder.reset(self)
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if not self.first:
                return _codecs.utf_8_decode(input, errors, final)
            if len(input) < 3 and bom.startswith(input):
                # Too short to tell whether a mark is coming.
                if final:
                    self.first = 0
                    return _codecs.utf_8_decode(input, errors, final)
                return "", 0
            self.first = 0
            if input[:3] == bom:
                output, used = _codecs.utf_8_decode(input[3:], errors, final)
                return output, used + 3
            return _codecs.utf_8_decode(input, errors, final)

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.first = 1

        def getstate(self):
            state = codecs.BufferedIncrementalDecoder.getstate(self)
            return (state[0], self.first)

        def setstate(self, state):
            codecs.BufferedIncrementalDecoder.setstate(self, state)
            self.first = state[1]

    class StreamWriter(codecs.StreamWriter):
        def reset(self):
            codecs.StreamWriter.reset(self)
            self.__dict__.pop("encode", None)

        def encode(self, input, errors="strict"):
            self.encode = _codecs.utf_8_encode
            return encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def reset(self):
            codecs.StreamReader.reset(self)
            self.__dict__.pop("decode", None)

        def decode(self, input, errors="strict"):
            if len(input) < 3 and bom.startswith(input):
                return "", 0
            self.decode = _codecs.utf_8_decode
            skip = 3 if input[:3] == bom else 0
            output, used = _codecs.utf_8_decode(input[skip:], errors)
            return output, used + skip

    return _info("utf-8-sig", encode, decode, _adopt("utf_8_sig", IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader))


def _text_codec(canonical):
    module = _MODULES.get(canonical, canonical.replace("-", "_"))
    name = _INFO_NAMES.get(canonical, canonical)
    if canonical == "utf-8":
        return _buffered(module, name, _codecs.utf_8_encode, _codecs.utf_8_decode)
    if canonical in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "unicode-escape", "raw-unicode-escape"):
        prefix = module
        return _buffered(module, name, getattr(_codecs, prefix + "_encode"), getattr(_codecs, prefix + "_decode"))
    if canonical in ("utf-16", "utf-32"):
        return _with_bom(module, name, 2 if canonical == "utf-16" else 4)
    if canonical == "utf-8-sig":
        return _utf_8_sig()
    if hasattr(_codecs, module + "_encode"):
        encoder = getattr(_codecs, module + "_encode")
        native_decode = getattr(_codecs, module + "_decode")

        def decode(input, errors="strict"):
            return native_decode(input, errors)
        decode.__name__ = module + "_decode"
        return _stateless(module, name, encoder, native_decode if module in ("latin_1", "ascii") else decode)

    def encode(input, errors="strict"):
        return _codecs._builtin_encode(input, canonical, errors), len(input)

    def decode(input, errors="strict"):
        return _codecs._builtin_decode(input, canonical, errors), len(input)
    return _stateless(module, name, encode, decode)


def _bytes_codec(name, module, encode_bytes, decode_bytes, is_text=False):
    def encode(input, errors="strict"):
        if errors != "strict":
            raise ValueError("Unsupported error handling mode: '%s' - must be 'strict'" % errors)
        return encode_bytes(input), len(input)

    def decode(input, errors="strict"):
        if errors != "strict":
            raise ValueError("Unsupported error handling mode: '%s' - must be 'strict'" % errors)
        return decode_bytes(input), len(input)
    encode.__name__ = module.replace("_codec", "") + "_encode"
    decode.__name__ = module.replace("_codec", "") + "_decode"
    return _stateless(module, name, encode, decode, is_text)


def _base64(encode):
    def run(data):
        import base64
        return base64.encodebytes(data) if encode else base64.decodebytes(data)
    return run


def _rot13(text):
    return str.translate(text, _ROT13)


_ROT13 = {c: (c - base + 13) % 26 + base for base in (65, 97) for c in range(base, base + 26)}


def _zlib(compress):
    def run(data):
        import zlib
        return zlib.compress(data) if compress else zlib.decompress(data)
    return run


_BYTES_CODECS = {
    "base64": lambda: _bytes_codec("base64", "base64_codec", _base64(True), _base64(False)),
    "hex": lambda: _bytes_codec("hex", "hex_codec", binascii.b2a_hex, binascii.a2b_hex),
    "zlib": lambda: _bytes_codec("zlib", "zlib_codec", _zlib(True), _zlib(False)),
    "rot-13": lambda: _bytes_codec("rot-13", "rot_13", _rot13, _rot13),
}
_BYTES_ALIASES = {
    "base64": "base64", "base_64": "base64", "base64_codec": "base64",
    "hex": "hex", "hex_codec": "hex",
    "zlib": "zlib", "zip": "zlib", "zlib_codec": "zlib",
    "rot13": "rot-13", "rot_13": "rot-13",
}


def search_function(encoding):
    """The CodecInfo of a standard encoding (the name as the registry normalized it), or None."""
    key = normalize_encoding(encoding).lower()
    if key in _BYTES_ALIASES:
        return _BYTES_CODECS[_BYTES_ALIASES[key]]()
    canonical = _codecs._canonical(key)
    if canonical is None:
        return None
    return _text_codec(canonical)
