# complex repr of signed zeros, format types and __getnewargs__.
for z in [-0j, 0j, complex(0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), complex(1, -0.0), complex(float("nan"), -0.0), complex(-1.5, float("-inf"))]:
    print(repr(z), str(z), format(z, ""), format(z, ".1f"))
for spec in ["%", "d", "x", "s", "c", "b"]:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print("ValueError:", e)
print((1 + 2j).__getnewargs__(), (-0j).__getnewargs__(), complex(*(3 - 4j).__getnewargs__()))
print(format(1 + 2j, "e"), format(1 + 2j, "G"), format(3j, "n"), format(-1.5 - 0j, "+.2f"))
