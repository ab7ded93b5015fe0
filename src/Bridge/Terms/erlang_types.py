# Python types for the Erlang terms that have no natural Python counterpart.
# They live in every engine's uwsgi module; the bridge's converter maps them back to the same terms.


class ErlangPid(dict):
    """A pid in the seed's form: a dict with node, number, serial and creation."""

    def __init__(self, node, number, serial, creation):
        dict.__init__(self, node=node, number=number, serial=serial, creation=creation)

    def __repr__(self):
        return "<%s.%d.%d>" % (self["node"], self["number"], self["serial"])


class _ErlangValue:
    _fields = ()

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def _key(self):
        return tuple(getattr(self, name) for name in self._fields)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (name, getattr(self, name)) for name in self._fields))


class ErlangRef(_ErlangValue):
    _fields = ("node", "creation", "ids")

    def __init__(self, node, creation, ids):
        self.node = node
        self.creation = creation
        self.ids = tuple(ids)


class ErlangPort(_ErlangValue):
    _fields = ("node", "id", "creation")

    def __init__(self, node, id, creation):
        self.node = node
        self.id = id
        self.creation = creation


class ErlangFun(_ErlangValue):
    """A fun or an external fun (fun M:F/A); etf is its external term encoding, kept to send it back."""

    _fields = ("module", "function", "arity", "etf")

    def __init__(self, module, function, arity, etf):
        self.module = module
        self.function = function
        self.arity = arity
        self.etf = etf


class ErlangBitstring(_ErlangValue):
    """A binary whose length in bits is not a multiple of 8: data holds the bytes, bits the used bits of the last one."""

    _fields = ("data", "bits")

    def __init__(self, data, bits):
        self.data = data
        self.bits = bits


class ErlangImproperList(_ErlangValue):
    """[a, b | tail]: items are the list's elements, tail what ends it instead of []."""

    _fields = ("items", "tail")

    def __init__(self, items, tail):
        self.items = list(items)
        self.tail = tail

    def _key(self):
        return (tuple(self.items), self.tail)


class ErlangError(Exception):
    """An Erlang call or send failed; the message says why."""


class ErlangTimeout(ErlangError, TimeoutError):
    """No answer came from Erlang before the deadline."""
