# format() of ints (64-bit and big, bool) and floats across the format-spec mini-language.
vals = [0, 1, -1, 7, -7, 255, -255, 2**63-1, -2**63, 2**63, -2**64-5, 10**30, -(10**30), True, False]
specs = ["", "d", "5d", "05d", "+d", " d", ",d", "_d", "b", "#b", "o", "#o", "x", "#X", "_x", "020,d", "=+10d", "^9", "<7", "c", "n", "#010x", "e", ".2f", "%", "g"]
for v in vals:
    row = []
    for sp in specs:
        try: row.append(format(v, sp))
        except Exception as e: row.append(type(e).__name__ + ":" + str(e))
    print(row)
for f in [0.0, -0.0, 1.5, -2.675, 3.14159, 1e16, 123456.789, float('inf'), float('nan'), 1e-7, 0.125]:
    print([format(f, s) for s in ["f", ".0f", "#.0f", ".2f", ".15f", ".20f", "010.2f", "+.3f", ",.2f", "%", ".1%", "e", ".3e", "g", "z.1f", "_.4f"]])
print(f"{3.14159:.2f} {42 * 2:05d} {'x':>5} {-5:08d} {-5:+08,d} {12345678:020_d}")
