# The '0' flag: zero fill unless a fill is given, '=' only for numbers without an alignment; grouping and 'c' errors.
specs = ["010", "<010", "^010", ">010", "x<010", "+010", "0=10", "*^010", "010,", "<05.1f"]
for value in [5, -5, 2.5, "ab", True]:
    row = []
    for spec in specs:
        try:
            row.append(repr(format(value, spec)))
        except ValueError as e:
            row.append("ValueError: " + str(e))
    print(repr(value), " | ".join(row))
for value, spec in [(1j, "010"), (1j, "<010"), (1j, "0<10"), (1j, "=10"), (1, ",,"), (1, "__"), (1, "_,"), (1, ",_"), (65, "#c"), (65, "+c"), (65, "c")]:
    try:
        print(repr(format(value, spec)))
    except ValueError as e:
        print("ValueError:", e)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
print(type(iter(bytearray(b"ab"))).__name__, type(iter(b"ab")).__name__, list(iter(bytearray(b"ab"))))
