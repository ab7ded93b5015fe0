"""Reference data from CPython 3.11 for the parser tests, produced in one process.

Reads one JSON request on stdin and writes JSON lines on stdout:
  {"mode": "files", "root": DIR, "attributes_every": N}
      one line per .py file under DIR: path, whether CPython parses it, the SHA-256 of
      ast.dump(tree) and, for every Nth file, of ast.dump(tree, include_attributes=True).
      "dump16" is the hash with str constants as UTF-16 holds them (escaped surrogate pairs
      joined), given only when it differs: our str is a .NET string.
  {"mode": "errors", "sources": [...]}
      one line per source: the SyntaxError class, msg, lineno, offset CPython's parser gives
      (compile with PyCF_ONLY_AST), or null when it parses.
  {"mode": "reprs", "floats": [int64 bit patterns...], "strings": [...]}
      one line per float then per string: its repr.
  {"mode": "dumps", "sources": [...], "attributes": bool}
      one line per source: its ast.dump, or null when CPython rejects it.
"""
import ast
import hashlib
import json
import os
import re
import struct
import sys


def sha(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def utf16(tree):
    """Joins surrogate pairs in str constants, as a UTF-16 string cannot keep them apart."""
    changed = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            joined = node.value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
            if joined != node.value:
                node.value = joined
                changed = True
    return changed


def files(root, every):
    index = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                data = f.read()
            entry = {"path": os.path.relpath(path, root)}
            try:
                tree = ast.parse(data, path)
            except (SyntaxError, ValueError) as e:
                entry["ok"] = False
            else:
                entry["ok"] = True
                entry["dump"] = sha(ast.dump(tree))
                if every and index % every == 0:
                    entry["attrs"] = sha(ast.dump(tree, include_attributes=True))
                if re.search(rb"\\(u[dD][89abAB]|U0000[dD][89abAB])", data) and utf16(tree):
                    entry["dump16"] = sha(ast.dump(tree))
                index += 1
            print(json.dumps(entry))


def errors(sources):
    for src in sources:
        try:
            compile(src, "<snippet>", "exec", ast.PyCF_ONLY_AST)
            print(json.dumps(None))
        except SyntaxError as e:
            print(json.dumps({"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset}))


def dumps(sources, attributes):
    for src in sources:
        try:
            tree = ast.parse(src)
        except SyntaxError:
            print(json.dumps(None))
        else:
            print(json.dumps(ast.dump(tree, include_attributes=attributes)))


def reprs(floats, strings):
    for bits in floats:
        print(json.dumps(repr(struct.unpack("<d", struct.pack("<q", bits))[0])))
    for text in strings:
        print(json.dumps(repr(text)))


request = json.load(sys.stdin)
if request["mode"] == "files":
    files(request["root"], request.get("attributes_every", 0))
elif request["mode"] == "errors":
    errors(request["sources"])
elif request["mode"] == "reprs":
    reprs(request["floats"], request["strings"])
else:
    dumps(request["sources"], request.get("attributes", False))
