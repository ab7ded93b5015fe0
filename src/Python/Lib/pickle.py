"""Create portable serialized representations of Python objects (protocols 0 to 5).

The pickler and unpickler live in _pickle, as in CPython; this module gives them their public names along with
the opcodes, the protocol constants and the helpers (whichmodule, encode_long, decode_long).
"""

from copyreg import dispatch_table
from _pickle import (
    PickleError, PicklingError, UnpicklingError, Pickler, Unpickler, dump, dumps, load, loads, PickleBuffer,
    DEFAULT_PROTOCOL, HIGHEST_PROTOCOL, whichmodule, encode_long, decode_long,
)
import _pickle

_OPCODE_NAMES = [name for name in dir(_pickle) if name.isupper() and isinstance(getattr(_pickle, name), bytes)]
globals().update({name: getattr(_pickle, name) for name in _OPCODE_NAMES})

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
           "loads", "PickleBuffer"]
__all__.extend(sorted(_OPCODE_NAMES + ["DEFAULT_PROTOCOL", "HIGHEST_PROTOCOL"]))

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
