# expect: where choosing bounds one at a time stops
# Greedy split then coordinate-descent moves of each bound (a heuristic, not a DP).
import numpy as np

def _pad(values, counts, bounds):
    b = np.array(sorted(bounds))
    return int(((b[np.searchsorted(b, values)] - values) * counts).sum())

def padding_buckets(lengths, k):
    if not lengths:
        return 0, []
    values, counts = np.unique(np.asarray(lengths), return_counts=True)
    vals = [int(v) for v in values]
    bounds = {vals[-1]}
    while len(bounds) < min(k, len(vals)):
        best = min((_pad(values, counts, bounds | {v}), v) for v in vals if v not in bounds)
        bounds.add(best[1])
    improved = True
    cur = _pad(values, counts, bounds)
    while improved:
        improved = False
        for b in sorted(bounds - {vals[-1]}):
            for v in vals:
                if v in bounds:
                    continue
                nb = (bounds - {b}) | {v}
                p = _pad(values, counts, nb)
                if p < cur:
                    cur, bounds, improved = p, nb, True
                    break
            if improved:
                break
    return cur, sorted(bounds)
