"""CPython's tokens for the differential tokenizer test.

A token is the record "kind US text US line US col US end_line US end_col RS" (US = \x1f,
RS = \x1e); columns are converted to UTF-8 bytes like CPython's AST offsets; NL, COMMENT and
ENCODING are dropped; names are NFKC-normalized, as the compiler stores them.
Without arguments: one line per stdlib .py file, "path TAB sha256-of-its-records", or
"path TAB ! TAB message" when tokenize rejects it. With a path: that file's records, one a line.
"""
import hashlib
import os
import sys
import sysconfig
import token
import tokenize
import unicodedata

KINDS = {token.NAME: "Name", token.NUMBER: "Number", token.STRING: "String", token.OP: "Op",
         token.NEWLINE: "Newline", token.INDENT: "Indent", token.DEDENT: "Dedent",
         token.ENDMARKER: "EndMarker"}
SKIP = {token.NL, token.COMMENT, token.ENCODING}


def byte_col(lines, line, col):
    if line - 1 >= len(lines):
        return col
    text = lines[line - 1]
    return col if text.isascii() else len(text[:col].encode("utf-8"))


def dump(path):
    with open(path, "rb") as f:
        data = f.read()
    encoding, _ = tokenize.detect_encoding(iter(data.splitlines(keepends=True)).__next__)
    text = data.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    lines = [l + "\n" for l in lines]
    out = []
    readline = iter(data.splitlines(keepends=True)).__next__
    for t in tokenize.tokenize(readline):
        if t.type in SKIP:
            continue
        kind = KINDS.get(t.type, "Error:" + token.tok_name[t.type])
        s = t.string
        if t.type == token.NAME and not s.isascii():
            s = unicodedata.normalize("NFKC", s)
        (l1, c1), (l2, c2) = t.start, t.end
        out.append(f"{kind}\x1f{s}\x1f{l1}\x1f{byte_col(lines, l1, c1)}\x1f{l2}\x1f{byte_col(lines, l2, c2)}\x1e")
    return out


def main():
    w = sys.stdout
    if len(sys.argv) > 1:
        for record in dump(sys.argv[1]):
            w.write(record.replace("\n", "\\n") + "\n")
        return
    root = sysconfig.get_paths()["stdlib"]
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if "site-packages" in dirpath:
            continue
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            try:
                digest = hashlib.sha256("".join(dump(path)).encode("utf-8", "surrogatepass")).hexdigest()
                w.write(f"{path}\t{digest}\n")
            except (SyntaxError, tokenize.TokenError, UnicodeDecodeError) as e:
                w.write(f"{path}\t!\t{str(e)}\n")


if __name__ == "__main__":
    main()
