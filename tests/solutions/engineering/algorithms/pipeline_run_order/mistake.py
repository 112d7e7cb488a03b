# expect: FIFO queue sorted once at the start
from collections import defaultdict, deque


def run_order(steps, deps):
    waiting = dict.fromkeys(steps, 0)
    downstream = defaultdict(list)
    for up, down in deps:
        downstream[up].append(down)
        waiting[down] += 1
    queue = deque(sorted(s for s, c in waiting.items() if c == 0))
    order = []
    while queue:
        step = queue.popleft()
        order.append(step)
        for down in downstream[step]:
            waiting[down] -= 1
            if waiting[down] == 0:
                queue.append(down)
    return order if len(order) == len(waiting) else None
