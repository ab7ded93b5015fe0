# int -> float conversions round half to even (float(), formatting, round with negative ndigits, fromhex).
for n in [10**30, 2**53 + 1, 2**63 - 1, 2**64 + 2**11 + 1, 2**64 + 2**11, 3**100, -(10**25) - 1, 10**308, 2**1023 * 3 // 2]:
    print(n % 1000, float(n), repr(float(-n)))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(format(10**30, "f"), format(10**22 + 1, "e"), "%f" % 10**25, "{:.3g}".format(10**30))
print(round(1e300, -300), round(1e308, -308), round(123456.0, -3), round(-2.5e20, -20), round(5e-324, 400))
print(float.fromhex("0x1.000000000000080p0"), float.fromhex("0x1.000000000000081p0"), float.fromhex("0x1.000000000000180p0"))
print(float.fromhex("0x1p-1075"), float.fromhex("0x3p-1075"), float.fromhex("0x1.fffffffffffff7p1023"), float.fromhex("-0x1p-1074"))
for text in ["0x1.fffffffffffff8p1023", "0x1p1024"]:
    try:
        print(float.fromhex(text))
    except OverflowError as e:
        print("OverflowError:", e)
print(float(b"1.5"), float(bytearray(b" -2e3 ")), float(b"inf"))
try:
    float(b"abc")
except ValueError as e:
    print("ValueError:", e)
print(10**30 / 1, 2**64 + 2**11 + 1 == float(2**64 + 2**11 + 1), float(2**64 + 2**11 + 1) == 2**64 + 2**12)
