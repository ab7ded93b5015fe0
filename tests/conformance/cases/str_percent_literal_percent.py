# Only "%%" is a literal percent: '%' after flags, a width or a key is a conversion needing an argument.
for fmt, args in [("%5%", (1,)), ("%5%", ()), ("%-5%", (1,)), ("%.2%", 3), ("%(a)%", {"a": 1}), ("%%", {"a": 1}), ("%s%%", 1), ("% %", ()), ("%#%", ()), ("%*%", (5,)), ("100%%", ()), ("%%%s%%", "x"), ("%s %", (1,))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for obj in ["abc", 5, 1.5, None, [1]]:
    try:
        str(obj, "ascii")
    except TypeError as e:
        print("TypeError:", e)
print(str(memoryview(b"hi"), "ascii"), str(bytearray(b"ok"), errors="strict"))
