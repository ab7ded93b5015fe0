"""Checks f-string splits against CPython: reads JSON lines {"file", "token", "parts"} on stdin
and prints one line per mismatch, then "checked N". A part is {"lit": text} or {"expr": text,
"line", "col", "debug", "conv", "spec": parts or null}. Literals, conversions and format specs
must equal CPython's JoinedStr; an expression must parse to CPython's node; its position must
point at its text in the file (line 1-based, column in UTF-8 bytes)."""
import ast
import json
import sys

files = {}


def expected_parts(values):
    out = []
    for v in values:
        if isinstance(v, ast.Constant):
            out.append({"lit": v.value})
        else:
            out.append({"conv": "" if v.conversion == -1 else chr(v.conversion),
                        "node": ast.dump(v.value),
                        "spec": None if v.format_spec is None else expected_parts(v.format_spec.values)})
    return out


def compare(ours, theirs, path, where):
    if len(ours) != len(theirs):
        return f"{where}: {len(ours)} parts, CPython has {len(theirs)}"
    for a, b in zip(ours, theirs):
        if "lit" in a or "lit" in b:
            if a.get("lit") != b.get("lit"):
                return f"{where}: literal {a.get('lit')!r} != {b.get('lit')!r}"
            continue
        if a["conv"] != b["conv"]:
            return f"{where}: conversion {a['conv']!r} != {b['conv']!r}"
        node = ast.dump(ast.parse("(" + a["expr"] + ")", mode="eval").body)
        if node != b["node"]:
            return f"{where}: expression {a['expr']!r} parses to {node}, CPython has {b['node']}"
        if path not in files:
            with open(path, "rb") as f:
                files[path] = f.read().split(b"\n")
        line = files[path][a["line"] - 1]
        first = a["expr"].split("\n")[0].encode("utf-8")
        if line[a["col"]:a["col"] + len(first)] != first:
            return f"{where}: expression {a['expr']!r} is not at {a['line']}:{a['col']}"
        if (a["spec"] is None) != (b["spec"] is None):
            return f"{where}: format spec presence differs"
        if a["spec"] is not None:
            r = compare(a["spec"], b["spec"], path, where + " spec")
            if r:
                return r
    return None


n = 0
for row in sys.stdin:
    item = json.loads(row)
    n += 1
    tree = ast.parse(item["token"], mode="eval").body
    r = compare(item["parts"], expected_parts(tree.values), item["file"], f"{item['file']}: {item['token']!r}")
    if r:
        print(r)
print("checked", n)
