"""Reads JSON lines (source snippets) on stdin; prints for each the JSON
[class name, msg, lineno, offset, end_lineno, end_offset, text] of compile()'s SyntaxError, or null."""
import json
import sys
import warnings

warnings.simplefilter("ignore")
for row in sys.stdin:
    source = json.loads(row)
    try:
        compile(source, "<test>", "exec")
        print("null")
    except SyntaxError as e:
        print(json.dumps([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]))
