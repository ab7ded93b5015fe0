# sys: the struct sequences (flags, int_info, hash_info, float_info), exit statuses and intern errors.
import sys
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, sys.flags.int_max_str_digits, len(sys.flags))
print(sys.float_repr_style, sys.api_version, sys.get_int_max_str_digits(), sys.is_finalizing(), sys.platlibdir)
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.orig_argv).__name__, sys.excepthook is sys.__excepthook__)
print(sys.float_info.max == sys.float_info[0], sys.float_info.mant_dig, sys.float_info.radix, sys.int_info[0])
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(""), sys.getsizeof("abc"))
print(sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof("\U0001f600"), sys.getsizeof(1.5), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof(b""), sys.getsizeof(b"abcd"), sys.getsizeof(True), sys.getsizeof(None))
for status in [None, 0, 3, "text", (1, 2), [4]]:
    try:
        sys.exit(status)
    except SystemExit as e:
        print(repr(status), "->", repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError", e)
for bad in [1, b"x", None]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError", e)
print(sys.intern("abc") is sys.intern("".join(["a", "bc"])))
print(sys.implementation.version.major, sys.implementation.version[:2], sys.implementation.hexversion == sys.hexversion)
