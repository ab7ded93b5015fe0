"""CPython's side of the parse benchmark: ast.parse over every .py file under a folder that
CPython accepts, warm (sources read first), best of N rounds."""
import ast
import os
import sys
import time

root = sys.argv[1]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
sources = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
    for name in sorted(filenames):
        if name.endswith(".py"):
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                data = f.read()
            try:
                ast.parse(data, path)
            except (SyntaxError, ValueError):
                continue
            sources.append((path, data))

best = float("inf")
for _ in range(rounds):
    start = time.perf_counter()
    for path, data in sources:
        ast.parse(data, path)
    best = min(best, time.perf_counter() - start)
print(f"files={len(sources)} bytes={sum(len(d) for _, d in sources)} best={best:.3f}s")
