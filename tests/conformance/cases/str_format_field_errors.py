# str.format: each way a replacement field can be malformed, and the message CPython gives.
for bad in ["{", "{0", "{0[", "{0[}", "{0[}]", "{0:{", "{0:{}", "{0!", "{0!r", "{{0", "x{", "{0:", "{0.", "{a[{]}", "{0[}}",
            "{a{}", "{0!rx}", "{0!}", "{0!x}", "}", "a}b", "{0]}", "{:{:{}}}", "{0.}", "{0[]}", "{.a}", "{!r}", "{:}", "{0:>{1}}"]:
    try:
        print(repr(bad), repr(bad.format([1], 3, a={"{": "brace"})))
    except Exception as e:
        print(repr(bad), type(e).__name__ + ":", e)
print("{0:{1}{2}}".format(3.14159, ">", 10), "{:{}.{}f}".format(2.5, 8, 3), "{0[a]!r:^9}".format({"a": "x"}))
