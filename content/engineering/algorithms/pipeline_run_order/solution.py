r"""Kahn's algorithm with a min-heap. Count each step's upstream pairs (its
in-degree), push every step with none onto a heap, then repeatedly pop the
smallest ready name, place it, and decrement its downstream steps' counts,
pushing each one whose count reaches zero. Every step and pair is handled once
and every heap operation is $O(\log V)$: $O((V + E) \log V)$. If fewer than $V$
steps were placed, the rest all wait on each other: there is a cycle.

Counting a repeated pair twice is fine as long as it is also decremented twice,
which iterating over the pair list guarantees. The common wrong approaches: a
FIFO queue (sorted once at the start) gives *a* valid order but not the smallest
one, because a step that becomes ready later jumps behind names that sort after
it; a depth-first search gives a valid order too, but needs a separate
"on the current path" mark to detect cycles, and returning the partial order
instead of `None` lets a scheduler run half a broken pipeline.
"""

import heapq
from collections import defaultdict


def run_order(steps: list[str], deps: list[tuple[str, str]]) -> list[str] | None:
    waiting = dict.fromkeys(steps, 0)
    downstream = defaultdict(list)
    for up, down in deps:
        downstream[up].append(down)
        waiting[down] += 1
    ready = [step for step, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        step = heapq.heappop(ready)
        order.append(step)
        for down in downstream[step]:
            waiting[down] -= 1
            if waiting[down] == 0:
                heapq.heappush(ready, down)
    return order if len(order) == len(waiting) else None
