# expect: listed twice: a pair counted once but removed twice
# Counts in-degree over set(deps) but decrements per listed pair.
import heapq
from collections import defaultdict

def run_order(steps, deps):
    waiting = dict.fromkeys(steps, 0)
    down = defaultdict(list)
    for u, d in set(deps):
        waiting[d] += 1
    for u, d in deps:
        down[u].append(d)
    ready = [s for s, c in waiting.items() if c == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        s = heapq.heappop(ready); order.append(s)
        for d in down[s]:
            waiting[d] -= 1
            if waiting[d] == 0:
                heapq.heappush(ready, d)
    return order if len(order) == len(steps) else None
