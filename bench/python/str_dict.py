"""String and dict heavy: word counts, joins, formatting, splitting, dict merges."""
import sys

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron "
         "pi rho sigma tau upsilon phi chi psi omega").split()


def run(n):
    counts = {}
    parts = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        key = f"{w}-{i % 97}"
        counts[key] = counts.get(key, 0) + 1
        if i % 10 == 0:
            parts.append(key.upper())
    text = ",".join(parts)
    pieces = text.split(",")
    merged = {k: v for k, v in counts.items() if v > 2}
    lengths = sorted({len(p) for p in pieces})
    s = "%d %d %s %s" % (len(counts), len(merged), lengths[:3], text[:20].lower().replace("-", "_"))
    return s, sum(counts.values())


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 1500000))
