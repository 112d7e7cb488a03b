# expect: (stopped after .* s of (wall|CPU) time \(the limit is 10 s)
# Keeps the ready steps in a plain list and takes min(ready), then ready.remove(step):
# right, but O(V) per step placed, O(V^2) when many steps are ready at once.
from collections import defaultdict


def run_order(steps, deps):
    waiting = dict.fromkeys(steps, 0)
    downstream = defaultdict(list)
    for up, down in deps:
        downstream[up].append(down)
        waiting[down] += 1
    ready = [s for s, c in waiting.items() if c == 0]
    order = []
    while ready:
        step = min(ready)
        ready.remove(step)
        order.append(step)
        for down in downstream[step]:
            waiting[down] -= 1
            if waiting[down] == 0:
                ready.append(down)
    return order if len(order) == len(waiting) else None
