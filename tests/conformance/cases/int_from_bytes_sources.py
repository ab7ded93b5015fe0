# int.from_bytes takes anything bytes() takes except str and int; int() error text is cut at 200 characters.
print(int.from_bytes([1, 2], "big"), int.from_bytes((255,), "little", signed=True), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(iter([0, 1]), "big"), int.from_bytes(memoryview(b"\x02"), "big"), int.from_bytes(b""), int.from_bytes(b"\x01\x02"))
class B:
    def __bytes__(self):
        return b"\x00\x10"
print(int.from_bytes(B(), "big"))
for bad in ["ab", 5, [256], [-1], 1.5]:
    try:
        print(int.from_bytes(bad, "big"))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for text in ["x" * 300, "1" * 150 + "z" * 60, "y" * 199, b"q" * 250]:
    try:
        int(text)
    except ValueError as e:
        print(len(str(e)), str(e)[-12:])
