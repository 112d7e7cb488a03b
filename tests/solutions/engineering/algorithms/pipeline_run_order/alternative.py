import heapq
from graphlib import CycleError, TopologicalSorter


def run_order(steps, deps):
    # The standard library's sorter finds the cycles and tells which steps are ready;
    # a heap picks the smallest ready name, one step at a time.
    sorter = TopologicalSorter({step: set() for step in steps})
    for up, down in set(deps):
        sorter.add(down, up)
    try:
        sorter.prepare()
    except CycleError:
        return None
    ready, order = [], []
    while sorter.is_active():
        for step in sorter.get_ready():
            heapq.heappush(ready, step)
        step = heapq.heappop(ready)
        order.append(step)
        sorter.done(step)
    return order
