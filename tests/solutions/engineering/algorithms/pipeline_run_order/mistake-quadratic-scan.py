# expect: (stopped after .* s of (wall|CPU) time \(the limit is 10 s)
# Scans every step for the smallest ready one each time a step is placed: right, but O(V^2).
from collections import defaultdict

def run_order(steps, deps):
    waiting = dict.fromkeys(steps, 0)
    downstream = defaultdict(list)
    for up, down in deps:
        downstream[up].append(down)
        waiting[down] += 1
    placed, order = set(), []
    while len(order) < len(steps):
        ready = [s for s in steps if waiting[s] == 0 and s not in placed]
        if not ready:
            return None
        step = min(ready)
        placed.add(step)
        order.append(step)
        for down in downstream[step]:
            waiting[down] -= 1
    return order
