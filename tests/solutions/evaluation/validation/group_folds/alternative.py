import heapq
from collections import Counter

import numpy as np


def group_folds(groups, n_splits):
    # A heap of (rows so far, fold) hands each group, largest first, to the lightest fold.
    groups = np.asarray(groups)
    sizes = Counter(groups.tolist())
    heap = [(0, f) for f in range(n_splits)]
    fold_of = {}
    for group, size in sorted(sizes.items(), key=lambda item: (-item[1], repr(item[0]))):
        load, f = heapq.heappop(heap)
        fold_of[group] = f
        heapq.heappush(heap, (load + size, f))
    fold = np.array([fold_of[g] for g in groups.tolist()])
    out = []
    for f in range(n_splits):
        out.append((np.flatnonzero(fold != f), np.flatnonzero(fold == f)))
    return out
