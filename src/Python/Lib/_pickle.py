"""The pickler and unpickler behind the pickle module (protocols 0 to 5).

The opcodes written are those of CPython's C pickler, choice for choice (batching, memoization, framing), so the
bytes are the same as CPython's for the same objects.
"""

import sys
from struct import pack as _pack, unpack as _unpack
from copyreg import dispatch_table as _copyreg_dispatch, _extension_registry, _inverted_registry, _extension_cache
from _codecs import encode as _codecs_encode
from _picklebuffer import PickleBuffer
import _compat_pickle

DEFAULT_PROTOCOL = 4
HIGHEST_PROTOCOL = 5

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4
_FRAME_HEADER_SIZE = 9


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


def _check_protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
    return protocol


def _dotted_path(name, obj=None):
    parts = name.split(".")
    if "<locals>" in parts:
        if obj is None:
            raise AttributeError(f"Can't pickle local object {name!r}")
        raise AttributeError(f"Can't pickle local attribute {name!r} on {obj!r}")
    return parts


def _deep_attribute(obj, parts):
    """(parent, value) of the attribute at the dotted path; AttributeError when a step is missing."""
    parent = None
    for part in parts:
        parent = obj
        obj = getattr(obj, part)
    return parent, obj


def whichmodule(obj, name):
    """The name of the module obj can be imported from: its __module__, else a module that holds it."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    parts = name.split(".") if isinstance(name, str) else name
    for module_name, module in sys.modules.copy().items():
        if module_name in ("__main__", "__mp_main__") or module is None:
            continue
        try:
            if _deep_attribute(module, parts)[1] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def encode_long(x):
    """Two's complement little-endian bytes of x, as short as they can be (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _escape_text(s):
    # Protocol 0 text: raw-unicode-escape, with the characters that would break the line-based format escaped too.
    out = []
    for ch in s:
        code = ord(ch)
        if code >= 0x10000:
            out.append("\\U%08x" % code)
        elif code >= 256 or ch in "\\\0\n\r\x1a":
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


class _Output:
    """The pickle being written, cut into frames of about 64 KiB for protocol 4 and later."""

    def __init__(self):
        self.data = bytearray()
        self.framing = False
        self.frame_start = -1

    def write(self, b):
        if self.framing and self.frame_start == -1:
            self.frame_start = len(self.data)
            self.data += bytes(_FRAME_HEADER_SIZE)
        self.data += b

    def write_large(self, header, payload):
        # A payload of a frame's size goes outside any frame, so readers can take it without copying.
        if len(payload) < _FRAME_SIZE_TARGET:
            self.write(header)
            self.write(payload)
            return
        self.commit_frame()
        framing = self.framing
        self.framing = False
        self.write(header)
        self.write(payload)
        self.framing = framing

    def opcode_boundary(self):
        if self.framing and self.frame_start != -1:
            if len(self.data) - self.frame_start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET:
                self.commit_frame()

    def commit_frame(self):
        if not self.framing or self.frame_start == -1:
            return
        start = self.frame_start
        size = len(self.data) - start - _FRAME_HEADER_SIZE
        if size >= _FRAME_SIZE_MIN:
            self.data[start:start + _FRAME_HEADER_SIZE] = FRAME + _pack("<Q", size)
        else:
            del self.data[start:start + _FRAME_HEADER_SIZE]
        self.frame_start = -1


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None): writes pickles of objects to file."""

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        self.proto = _check_protocol(protocol)
        if buffer_callback is not None and self.proto < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.bin = self.proto >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and self.proto < 3
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError(f"Pickler.__init__() was not called by {type(self).__name__}.__init__()")
        out = self._out = _Output()
        self._persistent_id = getattr(self, "persistent_id", None)
        self._reducer_override = getattr(self, "reducer_override", None)
        self._dispatch_table = getattr(self, "dispatch_table", None)
        try:
            if self.proto >= 2:
                out.write(PROTO + bytes([self.proto]))
                out.framing = self.proto >= 4
            self.save(obj)
            out.write(STOP)
            out.commit_frame()
        finally:
            self._out = None
        self._file_write(bytes(out.data))

    def _write(self, b):
        self._out.write(b)

    # Memo: id(obj) -> (index, obj); keeping obj alive keeps its id from being reused while pickling.
    def _memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.memo[id(obj)] = (index, obj)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif not self.bin:
            self._write(PUT + str(index).encode("ascii") + b'\n')
        elif index < 256:
            self._write(BINPUT + bytes([index]))
        else:
            self._write(LONG_BINPUT + _pack("<I", index))

    def _memo_get(self, index):
        if not self.bin:
            self._write(GET + str(index).encode("ascii") + b'\n')
        elif index < 256:
            self._write(BINGET + bytes([index]))
        else:
            self._write(LONG_BINGET + _pack("<I", index))

    def save(self, obj, save_persistent_id=True):
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        self._save(obj)
        self._out.opcode_boundary()

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
            return
        text = str(pid)
        if not text.isascii():
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self._write(PERSID + text.encode("ascii") + b'\n')

    def _save(self, obj):
        t = type(obj)
        if obj is None:
            self._write(NONE)
            return
        if t is bool:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
            return
        if t is int:
            self._save_int(obj)
            return
        if t is float:
            self._save_float(obj)
            return
        entry = self.memo.get(id(obj))
        if entry is not None:
            self._memo_get(entry[0])
            return
        saver = _SAVERS.get(t)
        if saver is not None:
            saver(self, obj)
            return
        reduced = NotImplemented
        if self._reducer_override is not None:
            reduced = self._reducer_override(obj)
        if reduced is NotImplemented:
            if t is type:
                self._save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            reduced = self._reduction(obj, t)
            if reduced is _WRITTEN:
                return
        if isinstance(reduced, str):
            self.save_global(obj, reduced)
            return
        if not isinstance(reduced, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(*reduced, obj=obj, _checked_size=len(reduced))

    def _reduction(self, obj, t):
        """The reduction of obj, or _WRITTEN when obj, a class, was written by name."""
        if self._dispatch_table is None:
            reduce = _copyreg_dispatch.get(t)
        else:
            try:
                reduce = self._dispatch_table[t]
            except KeyError:
                reduce = None
        if reduce is not None:
            return reduce(obj)
        if issubclass(t, type):
            self.save_global(obj)
            return _WRITTEN
        reduce = getattr(obj, "__reduce_ex__", None)
        if reduce is not None:
            return reduce(self.proto)
        reduce = getattr(obj, "__reduce__", None)
        if reduce is not None:
            return reduce()
        raise PicklingError(f"can't pickle {t.__name__!r} object: {obj!r}")

    def _save_int(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                self._write(INT + str(obj).encode("ascii") + b'\n')
            elif 0 <= obj <= 0xff:
                self._write(BININT1 + bytes([obj]))
            elif 0 <= obj <= 0xffff:
                self._write(BININT2 + _pack("<H", obj))
            else:
                self._write(BININT + _pack("<i", obj))
            return
        if self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                self._write(LONG1 + bytes([len(data)]) + data)
            else:
                self._write(LONG4 + _pack("<i", len(data)) + data)
            return
        self._write(LONG + repr(obj).encode("ascii") + b'L\n')

    def _save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + _pack(">d", obj))
        else:
            self._write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytes_data(self, obj, data):
        n = len(data)
        if n <= 0xff:
            header = SHORT_BINBYTES + bytes([n])
        elif n <= 0xffffffff:
            header = BINBYTES + _pack("<I", n)
        else:
            header = BINBYTES8 + _pack("<Q", n)
        self._out.write_large(header, data)
        self._memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._save_bytearray_data(obj, bytes(obj))

    def _save_bytearray_data(self, obj, data):
        self._out.write_large(BYTEARRAY8 + _pack("<Q", len(data)), data)
        self._memoize(obj)

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        view = obj.raw()
        in_band = self._buffer_callback is None or bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                self._save_bytes_data(obj, view.tobytes())
            else:
                self._save_bytearray_data(obj, view.tobytes())
            return
        self._write(NEXT_BUFFER)
        if view.readonly:
            self._write(READONLY_BUFFER)

    def _save_str(self, obj):
        if not self.bin:
            self._write(UNICODE + _escape_text(obj) + b'\n')
            self._memoize(obj)
            return
        data = obj.encode("utf-8", "surrogatepass")
        n = len(data)
        if n <= 0xff and self.proto >= 4:
            header = SHORT_BINUNICODE + bytes([n])
        elif n > 0xffffffff and self.proto >= 4:
            header = BINUNICODE8 + _pack("<Q", n)
        else:
            header = BINUNICODE + _pack("<I", n)
        self._out.write_large(header, data)
        self._memoize(obj)

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        short = n <= 3 and self.proto >= 2
        if not short:
            self._write(MARK)
        for item in obj:
            self.save(item)
        # A tuple that reached itself through its items is in the memo now: drop the items, fetch it.
        entry = self.memo.get(id(obj))
        if entry is not None:
            if short:
                self._write(POP * n)
            elif self.bin:
                self._write(POP_MARK)
            else:
                self._write(POP * (n + 1))
            self._memo_get(entry[0])
            return
        self._write((TUPLE1, TUPLE2, TUPLE3)[n - 1] if short else TUPLE)
        self._memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self._memoize(obj)
        if not obj:
            return
        if self.proto > 0:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(iter(obj))

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self._memoize(obj)
        if not obj:
            return
        if self.proto > 0:
            self._batch_dict_exact(obj)
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_dict_exact(self, obj):
        if len(obj) == 1:
            for key, value in obj.items():
                self.save(key)
                self.save(value)
            self._write(SETITEM)
            return
        self._batches_until_short(obj, list(obj.items()), lambda pair: (self.save(pair[0]), self.save(pair[1])),
                                  SETITEMS, "dictionary")

    def _batches_until_short(self, obj, items, save_item, closing, kind):
        # Dicts and sets write MARK-delimited batches until one is short, so a full last batch is followed by an
        # empty one; the container must keep its size meanwhile.
        size = len(obj)
        items = iter(items)
        while True:
            self._write(MARK)
            batch = 0
            for item in items:
                save_item(item)
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self._write(closing)
            if len(obj) != size:
                raise RuntimeError(f"{kind} changed size during iteration")
            if batch != _BATCHSIZE:
                return

    def _batch_list_exact(self, obj):
        if len(obj) == 1:
            self.save(obj[0])
            self._write(APPEND)
            return
        total = 0
        while True:
            self._write(MARK)
            batch = 0
            while total < len(obj):
                self.save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self._write(APPENDS)
            if total >= len(obj):
                return

    def _batch_appends(self, items):
        self._batch_iter(items, self.save, APPEND, APPENDS)

    def _batch_setitems(self, items):
        def save_pair(pair):
            if not isinstance(pair, tuple) or len(pair) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            self.save(pair[0])
            self.save(pair[1])
        self._batch_iter(items, save_pair, SETITEM, SETITEMS)

    def _batch_iter(self, items, save_item, one, many):
        if not self.bin:
            for item in items:
                save_item(item)
                self._write(one)
            return
        done = object()
        while True:
            first = next(items, done)
            if first is done:
                return
            item = next(items, done)
            if item is done:
                save_item(first)
                self._write(one)
                return
            self._write(MARK)
            save_item(first)
            n = 1
            while item is not done:
                save_item(item)
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(items, done)
            self._write(many)
            if n != _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self._memoize(obj)
        if not obj:
            return
        self._batches_until_short(obj, list(obj), self.save, ADDITEMS, "set")

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        entry = self.memo.get(id(obj))
        if entry is not None:
            self._write(POP_MARK)
            self._memo_get(entry[0])
            return
        self._write(FROZENSET)
        self._memoize(obj)

    def _save_type(self, obj):
        for singleton in (None, Ellipsis, NotImplemented):
            if obj is type(singleton):
                self.save_reduce(type, (singleton,), obj=obj)
                return
        self.save_global(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        parts = _dotted_path(name)
        module_name = whichmodule(obj, parts)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError, ValueError) as exc:
            raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} failed") from exc
        try:
            parent, found = _deep_attribute(module, parts)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if not 0 < code <= 0x7fffffff:
                    raise PicklingError(f"Can't pickle {obj!r}: extension code {code} is out of range")
                if code <= 0xff:
                    self._write(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    self._write(EXT2 + _pack("<H", code))
                else:
                    self._write(EXT4 + _pack("<i", code))
                return
        last = parts[-1]
        if parent is module:
            name = last
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, last))
        else:
            if self.fix_imports:
                module_name, name = self._python2_names(module_name, name)
            self._write(GLOBAL + self._identifier(module_name, "module") + b'\n' +
                        self._identifier(name, "global") + b'\n')
        self._memoize(obj)

    @staticmethod
    def _python2_names(module_name, name):
        mapped = _compat_pickle.REVERSE_NAME_MAPPING.get((module_name, name))
        if mapped is not None:
            return mapped
        return _compat_pickle.REVERSE_IMPORT_MAPPING.get(module_name, module_name), name

    def _identifier(self, text, kind):
        try:
            return text.encode("utf-8" if self.proto >= 3 else "ascii")
        except UnicodeEncodeError:
            raise PicklingError(f"can't pickle {kind} identifier '{text}' using pickle protocol {self.proto}") from None

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None,
                    _checked_size=None):
        if _checked_size is not None and not 2 <= _checked_size <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(type(listitems), "__next__"):
            raise PicklingError(f"fourth element of the tuple returned by __reduce__ must be an iterator, not "
                                f"{type(listitems).__name__}")
        if dictitems is not None and not hasattr(type(dictitems), "__next__"):
            raise PicklingError(f"fifth element of the tuple returned by __reduce__ must be an iterator, not "
                                f"{type(dictitems).__name__}")
        if state_setter is not None and not callable(state_setter):
            raise PicklingError(f"sixth element of the tuple returned by __reduce__ must be a function, not "
                                f"{type(state_setter).__name__}")
        func_name = getattr(func, "__name__", None) if self.proto >= 2 else None
        if func_name == "__newobj_ex__":
            self._save_newobj_ex(args)
        elif func_name == "__newobj__":
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and obj.__class__ is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self._write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            entry = self.memo.get(id(obj))
            if entry is not None:
                self._write(POP)
                self._memo_get(entry[0])
                return
            self._memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                # state_setter(obj, state) runs for its effect; its result is popped to leave the stack as it was.
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2 + REDUCE + POP)

    def _save_newobj_ex(self, args):
        if len(args) != 3:
            raise PicklingError(f"length of the NEWOBJ_EX argument tuple must be exactly 3, not {len(args)}")
        cls, cls_args, kwargs = args
        if not isinstance(cls, type):
            raise PicklingError(f"first item from NEWOBJ_EX argument tuple must be a class, not {type(cls).__name__}")
        if not isinstance(cls_args, tuple):
            raise PicklingError(f"second item from NEWOBJ_EX argument tuple must be a tuple, not "
                                f"{type(cls_args).__name__}")
        if not isinstance(kwargs, dict):
            raise PicklingError(f"third item from NEWOBJ_EX argument tuple must be a dict, not "
                                f"{type(kwargs).__name__}")
        if self.proto >= 4:
            self.save(cls)
            self.save(cls_args)
            self.save(kwargs)
            self._write(NEWOBJ_EX)
            return
        from functools import partial
        self.save(partial(cls.__new__, cls, *cls_args, **kwargs))
        self.save(())
        self._write(REDUCE)


_FunctionType = type(_check_protocol)
_WRITTEN = object()

_SAVERS = {
    bytes: Pickler._save_bytes,
    str: Pickler._save_str,
    dict: Pickler._save_dict,
    set: Pickler._save_set,
    frozenset: Pickler._save_frozenset,
    list: Pickler._save_list,
    tuple: Pickler._save_tuple,
    bytearray: Pickler._save_bytearray,
    PickleBuffer: Pickler._save_picklebuffer,
}


class _Input:
    """Reads a pickle from a file, taking whole frames at once when the pickle has them."""

    def __init__(self, file):
        self._read = file.read
        self._readline = file.readline
        self.frame = None
        self.frame_pos = 0

    def _raw_read(self, n):
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def read(self, n):
        if self.frame is not None:
            if self.frame_pos + n <= len(self.frame):
                start = self.frame_pos
                self.frame_pos += n
                return self.frame[start:start + n]
            if self.frame_pos < len(self.frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self.frame = None
        return self._raw_read(n)

    def read_opcode(self):
        if self.frame is not None and self.frame_pos < len(self.frame):
            code = self.frame[self.frame_pos]
            self.frame_pos += 1
            return code
        self.frame = None
        data = self._read(1)
        if not data:
            raise EOFError("Ran out of input")
        return data[0]

    def readline(self):
        if self.frame is not None:
            end = self.frame.find(b'\n', self.frame_pos)
            if end < 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            start = self.frame_pos
            self.frame_pos = end + 1
            return self.frame[start:end + 1]
        line = self._readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load_frame(self, size):
        if self.frame is not None and self.frame_pos < len(self.frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self.frame = self._raw_read(size)
        self.frame_pos = 0


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()): reads pickles from file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        try:
            self._input = _Input(file)
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self.memo = {}
        self.proto = 0

    def load(self):
        """Read a pickled object from the open file and return it."""
        if not hasattr(self, "_input"):
            raise UnpicklingError(f"Unpickler.__init__() was not called by {type(self).__name__}.__init__()")
        self._stack = []
        self._metastack = []
        self.proto = 0
        read_opcode = self._input.read_opcode
        try:
            while True:
                code = read_opcode()
                action = _LOADERS.get(code)
                if action is None:
                    shown = chr(code) if 0x20 <= code < 0x7f else "\\x%02x" % code
                    raise UnpicklingError(f"invalid load key, '{shown}'.")
                if action is _STOP:
                    return self._pop()
                action(self)
        finally:
            self._stack = self._metastack = None

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        target = sys.modules[module]
        try:
            if self.proto >= 4:
                return _deep_attribute(target, _dotted_path(name, target))[1]
            return getattr(target, name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {target!r}") from None

    # The stack: items since the last MARK; the metastack keeps the groups below it.
    def _push(self, value):
        self._stack.append(value)

    def _pop(self):
        if not self._stack:
            self._underflow()
        return self._stack.pop()

    def _top(self):
        if not self._stack:
            self._underflow()
        return self._stack[-1]

    def _underflow(self):
        raise UnpicklingError("unexpected MARK found" if self._metastack else "unpickling stack underflow")

    def _pop_mark(self):
        if not self._metastack:
            raise UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._metastack.pop()
        return items

    def _read(self, n):
        return self._input.read(n)

    def _readline(self):
        return self._input.readline()

    def _read_size(self, fmt, n):
        return _unpack(fmt, self._read(n))[0]

    def _memo_store(self, index, value):
        self.memo[index] = value

    def _memo_load(self, index):
        try:
            return self.memo[index]
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {index}") from None

    def _decode_string(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto

    def _load_frame(self):
        size = self._read_size("<Q", 8)
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        self._input.load_frame(size)

    def _load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self._push(self._persistent_load(pid))

    def _load_binpersid(self):
        self._push(self._persistent_load(self._pop()))

    def _persistent_load(self, pid):
        load = getattr(self, "persistent_load", None)
        if load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.")
        return load(pid)

    def _load_int(self):
        data = self._readline()
        if data == b'00\n':
            self._push(False)
        elif data == b'01\n':
            self._push(True)
        else:
            self._push(int(data, 0))

    def _load_long(self):
        text = self._readline()[:-1]
        if text.endswith(b'L'):
            text = text[:-1]
        self._push(int(text, 0))

    def _load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._push(self._decode_string(data.decode("unicode_escape").encode("latin-1")))

    def _load_binstring(self):
        size = self._read_size("<i", 4)
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self._push(self._decode_string(self._read(size)))

    def _load_unicode(self):
        self._push(str(self._readline()[:-1], "raw-unicode-escape"))

    def _load_sized_unicode(self, fmt, n):
        size = self._read_size(fmt, n)
        if size > sys.maxsize:
            raise UnpicklingError("BINUNICODE exceeds system's maximum size of %d bytes" % sys.maxsize)
        self._push(str(self._read(size), "utf-8", "surrogatepass"))

    def _load_sized_bytes(self, fmt, n):
        size = self._read_size(fmt, n)
        if size > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size of %d bytes" % sys.maxsize)
        self._push(bytes(self._read(size)))

    def _load_bytearray8(self):
        size = self._read_size("<Q", 8)
        if size > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self._push(bytearray(self._read(size)))

    def _load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            self._push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def _load_readonly_buffer(self):
        view = memoryview(self._top())
        if not view.readonly:
            self._stack[-1] = memoryview(view.tobytes())

    def _load_float(self):
        self._push(float(self._readline()[:-1]))

    def _load_binfloat(self):
        self._push(_unpack(">d", self._read(8))[0])

    def _load_long_sized(self, fmt, n):
        size = self._read_size(fmt, n)
        if size < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(decode_long(self._read(size)))

    def _load_tuple(self):
        self._push(tuple(self._pop_mark()))

    def _load_tuple_n(self, n):
        if len(self._stack) < n:
            self._underflow()
        items = tuple(self._stack[len(self._stack) - n:])
        del self._stack[len(self._stack) - n:]
        self._push(items)

    def _load_list(self):
        self._push(self._pop_mark())

    def _load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self._push({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _load_frozenset(self):
        self._push(frozenset(self._pop_mark()))

    @staticmethod
    def _instantiate(cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
            return cls(*args)
        return cls.__new__(cls)

    def _load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        cls = self.find_class(module, name)
        self._push(self._instantiate(cls, self._pop_mark()))

    def _load_obj(self):
        args = self._pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self._push(self._instantiate(cls, args))

    def _load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self._push(cls.__new__(cls, *args))

    def _load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError(f"NEWOBJ_EX class argument must be a type, not {type(cls).__name__}")
        if not isinstance(args, tuple):
            raise UnpicklingError(f"NEWOBJ_EX args argument must be a tuple, not {type(args).__name__}")
        if not isinstance(kwargs, dict):
            raise UnpicklingError(f"NEWOBJ_EX kwargs argument must be a dict, not {type(kwargs).__name__}")
        self._push(cls.__new__(cls, *args, **kwargs))

    def _load_global(self):
        try:
            module = self._readline()[:-1].decode("utf-8")
            name = self._readline()[:-1].decode("utf-8")
        except UnicodeDecodeError:
            raise UnpicklingError("GLOBAL opcode argument is not valid UTF-8") from None
        self._push(self.find_class(module, name))

    def _load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _load_ext(self, fmt, n):
        code = _unpack(fmt, self._read(n))[0]
        obj = _extension_cache.get(code, _STOP)
        if obj is not _STOP:
            self._push(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError(f"unregistered extension code {code}")
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self._push(obj)

    def _load_reduce(self):
        args = self._pop()
        func = self._pop()
        self._push(func(*args))

    def _load_pop(self):
        # POP drops the top item, or the MARK itself when its group is empty.
        if self._stack:
            self._stack.pop()
        elif self._metastack:
            self._pop_mark()
        else:
            self._underflow()

    def _load_dup(self):
        self._push(self._top())

    def _load_mark(self):
        self._metastack.append(self._stack)
        self._stack = []

    def _load_get(self):
        self._push(self._memo_load(int(self._readline()[:-1])))

    def _load_put(self):
        index = int(self._readline()[:-1])
        if index < 0:
            raise ValueError("negative PUT argument")
        self._memo_store(index, self._top())

    def _load_memoize(self):
        self._memo_store(len(self.memo), self._top())

    def _load_append(self):
        value = self._pop()
        self._top().append(value)

    def _load_appends(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
            return
        append = target.append
        for item in items:
            append(item)

    def _load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _load_setitems(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
            return
        add = target.add
        for item in items:
            add(item)

    def _load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for key, value in state.items():
                inst_dict[intern(key) if type(key) is str else key] = value
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slotstate.items():
                setattr(inst, key, value)


_STOP = object()


def _constant(value):
    return lambda self: self._push(value)


def _memo_index(fmt, n):
    return lambda self: self._push(self._memo_load(self._read_size(fmt, n)))


def _memo_put(fmt, n):
    return lambda self: self._memo_store(self._read_size(fmt, n), self._top())


_LOADERS = {
    PROTO[0]: Unpickler._load_proto,
    FRAME[0]: Unpickler._load_frame,
    STOP[0]: _STOP,
    PERSID[0]: Unpickler._load_persid,
    BINPERSID[0]: Unpickler._load_binpersid,
    NONE[0]: _constant(None),
    NEWFALSE[0]: _constant(False),
    NEWTRUE[0]: _constant(True),
    INT[0]: Unpickler._load_int,
    BININT[0]: lambda self: self._push(self._read_size("<i", 4)),
    BININT1[0]: lambda self: self._push(self._read(1)[0]),
    BININT2[0]: lambda self: self._push(self._read_size("<H", 2)),
    LONG[0]: Unpickler._load_long,
    LONG1[0]: lambda self: self._load_long_sized("<B", 1),
    LONG4[0]: lambda self: self._load_long_sized("<i", 4),
    FLOAT[0]: Unpickler._load_float,
    BINFLOAT[0]: Unpickler._load_binfloat,
    STRING[0]: Unpickler._load_string,
    BINSTRING[0]: Unpickler._load_binstring,
    SHORT_BINSTRING[0]: lambda self: self._push(self._decode_string(self._read(self._read(1)[0]))),
    BINBYTES[0]: lambda self: self._load_sized_bytes("<I", 4),
    SHORT_BINBYTES[0]: lambda self: self._load_sized_bytes("<B", 1),
    BINBYTES8[0]: lambda self: self._load_sized_bytes("<Q", 8),
    BYTEARRAY8[0]: Unpickler._load_bytearray8,
    NEXT_BUFFER[0]: Unpickler._load_next_buffer,
    READONLY_BUFFER[0]: Unpickler._load_readonly_buffer,
    UNICODE[0]: Unpickler._load_unicode,
    BINUNICODE[0]: lambda self: self._load_sized_unicode("<I", 4),
    SHORT_BINUNICODE[0]: lambda self: self._load_sized_unicode("<B", 1),
    BINUNICODE8[0]: lambda self: self._load_sized_unicode("<Q", 8),
    TUPLE[0]: Unpickler._load_tuple,
    EMPTY_TUPLE[0]: _constant(()),
    TUPLE1[0]: lambda self: self._load_tuple_n(1),
    TUPLE2[0]: lambda self: self._load_tuple_n(2),
    TUPLE3[0]: lambda self: self._load_tuple_n(3),
    EMPTY_LIST[0]: lambda self: self._push([]),
    EMPTY_DICT[0]: lambda self: self._push({}),
    EMPTY_SET[0]: lambda self: self._push(set()),
    FROZENSET[0]: Unpickler._load_frozenset,
    LIST[0]: Unpickler._load_list,
    DICT[0]: Unpickler._load_dict,
    INST[0]: Unpickler._load_inst,
    OBJ[0]: Unpickler._load_obj,
    NEWOBJ[0]: Unpickler._load_newobj,
    NEWOBJ_EX[0]: Unpickler._load_newobj_ex,
    GLOBAL[0]: Unpickler._load_global,
    STACK_GLOBAL[0]: Unpickler._load_stack_global,
    EXT1[0]: lambda self: self._load_ext("<B", 1),
    EXT2[0]: lambda self: self._load_ext("<H", 2),
    EXT4[0]: lambda self: self._load_ext("<i", 4),
    REDUCE[0]: Unpickler._load_reduce,
    POP[0]: Unpickler._load_pop,
    POP_MARK[0]: lambda self: self._pop_mark(),
    DUP[0]: Unpickler._load_dup,
    GET[0]: Unpickler._load_get,
    BINGET[0]: _memo_index("<B", 1),
    LONG_BINGET[0]: _memo_index("<I", 4),
    PUT[0]: Unpickler._load_put,
    BINPUT[0]: _memo_put("<B", 1),
    LONG_BINPUT[0]: _memo_put("<I", 4),
    MEMOIZE[0]: Unpickler._load_memoize,
    APPEND[0]: Unpickler._load_append,
    APPENDS[0]: Unpickler._load_appends,
    SETITEM[0]: Unpickler._load_setitem,
    SETITEMS[0]: Unpickler._load_setitems,
    ADDITEMS[0]: Unpickler._load_additems,
    BUILD[0]: Unpickler._load_build,
    MARK[0]: Unpickler._load_mark,
}


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    out = _BytesSink()
    Pickler(out, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return out.value


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    from io import BytesIO
    return Unpickler(BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


class _BytesSink:
    def __init__(self):
        self.value = b''

    def write(self, data):
        self.value = data
