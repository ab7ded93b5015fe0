"""Prints [token text, "s" or "b", value] as JSON lines for every non-f string token of the
stdlib files named on the command line (relative to the stdlib); values from ast.literal_eval,
bytes as hex, str as the hex of its UTF-16 code units (lone surrogates included)."""
import ast
import json
import os
import sys
import sysconfig
import tokenize

root = sysconfig.get_paths()["stdlib"]
for rel in sys.argv[1:]:
    with open(os.path.join(root, rel), "rb") as f:
        for t in tokenize.tokenize(f.readline):
            if t.type != tokenize.STRING:
                continue
            prefix = t.string[: len(t.string) - len(t.string.lstrip("rRbBuUfF"))].lower()
            if "f" in prefix:
                continue
            value = ast.literal_eval(t.string)
            if isinstance(value, bytes):
                print(json.dumps([t.string, "b", value.hex()]))
            else:
                print(json.dumps([t.string, "s", value.encode("utf-16-le", "surrogatepass").hex()]))
