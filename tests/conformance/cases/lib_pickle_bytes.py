# The bytes of pickle.dumps for many values at every protocol (CPython's C pickler writes these).
import pickle

values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1, 2**31, -2**31 - 1, 2**63, -2**100, 10**40,
    0.0, -0.0, 1.5, -2.25, 1e100, 1e-300, float("inf"), float("-inf"), 1 + 2j,
    "", "abc", "h\u00e9llo\n\\\x00\x1a\r\u20ac\U0001f600", "x" * 300,
    b"", b"abc", b"\x00\xff\n", bytearray(b"xy"), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1], [1, 2, [3]], {}, {"a": 1}, {"a": 1, "b": [2, (3,)]},
    {1, 2, 3}, set(), frozenset([1, 2]), frozenset(), range(1, 10, 2), range(5), slice(1, 2, None), slice(3),
    type(None), type(NotImplemented), type(Ellipsis), NotImplemented, Ellipsis, len, int, dict, object, [].append,
    ValueError, KeyError("k"), OSError(2, "No such file", "f"),
]
shared = [1, 2]
values.append([shared, shared, (shared, shared)])
text = "shared text"
values.append((text, text, [text]))
recursive = [1]
recursive.append(recursive)
values.append(recursive)
selfdict = {}
selfdict["self"] = selfdict
values.append(selfdict)
inner = []
rtuple = (inner,)
inner.append(rtuple)
values.append(rtuple)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for i, v in enumerate(values):
        print(proto, i, pickle.dumps(v, proto))

# Batches of 1000 items, memo indexes past 255, the 64 KiB frames of protocol 4, big payloads outside frames.
import hashlib
big = [list(range(2500)), {i: str(i) for i in range(2000)}, set(range(1000)), [str(i) for i in range(300)],
       [b"z" * 70000, "after"], "q" * 70000, [[i] for i in range(9000)], tuple(range(1001))]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for i, v in enumerate(big):
        data = pickle.dumps(v, proto)
        print(proto, i, len(data), hashlib.sha256(data).hexdigest()[:16], data[:24])
print(pickle.dumps([1, 2]) == pickle.dumps([1, 2], pickle.DEFAULT_PROTOCOL), pickle.DEFAULT_PROTOCOL,
      pickle.HIGHEST_PROTOCOL, pickle.dumps(None, -1))
