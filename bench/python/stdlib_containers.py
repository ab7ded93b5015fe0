"""Standard-library containers and iterator tools: BFS over a deque, Counter, namedtuples, heapq, itertools, partial, lru_cache."""
import heapq
import itertools
import sys
from collections import Counter, deque, namedtuple
from functools import lru_cache, partial
from operator import itemgetter

Edge = namedtuple("Edge", "src dst weight")


def run(n):
    edges = [Edge(i, (i * 7 + 3) % n, (i * 13) % 17) for i in range(n)]
    adjacency = {}
    for e in edges:
        adjacency.setdefault(e.src, []).append(e.dst)
    seen = {0}
    queue = deque([0])
    while queue:
        node = queue.popleft()
        for nxt in adjacency.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    weights = Counter(e.weight for e in edges)
    heap = []
    for e in edges:
        heapq.heappush(heap, (e.weight, e.src))
    smallest = [heapq.heappop(heap) for _ in range(10)]
    pairs = sum(1 for _ in itertools.combinations(range(60), 3))
    chained = sum(itertools.islice(itertools.chain.from_iterable(itertools.repeat(range(10), n)), n))
    scale = partial(pow, 2)

    @lru_cache(maxsize=256)
    def cost(k):
        return scale(k % 20) + k

    total = sum(cost(i % 500) for i in range(n))
    ranked = sorted(edges, key=itemgetter(2, 0))[:3]
    return len(seen), weights.most_common(2), smallest[:3], pairs, chained, total, [tuple(r) for r in ranked]


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 200000))
