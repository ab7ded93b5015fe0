"""Encoding and decoding by codec name, the entry points that pickles of bytes (protocols 0 to 2) name."""


def encode(obj, encoding="utf-8", errors="strict"):
    return obj.encode(encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return obj.decode(encoding, errors)
