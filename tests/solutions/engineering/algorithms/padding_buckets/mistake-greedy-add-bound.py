# expect: where choosing bounds one at a time stops
# Greedy: repeatedly add the single bound that reduces padding most.
import numpy as np

def _pad(values, counts, bounds):
    b = np.array(sorted(bounds))
    return int(((b[np.searchsorted(b, values)] - values) * counts).sum())

def padding_buckets(lengths, k):
    if not lengths:
        return 0, []
    values, counts = np.unique(np.asarray(lengths), return_counts=True)
    bounds = {int(values[-1])}
    while len(bounds) < k:
        best = None
        for v in values:
            v = int(v)
            if v in bounds:
                continue
            p = _pad(values, counts, bounds | {v})
            if best is None or p < best[0]:
                best = (p, v)
        if best is None:
            break
        bounds.add(best[1])
    return _pad(values, counts, bounds), sorted(bounds)
