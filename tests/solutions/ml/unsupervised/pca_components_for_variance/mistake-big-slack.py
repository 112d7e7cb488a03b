# expect: beyond the slack\): [^\n]*k is the fewest components[^\n]*exactly that slack
# A slack of 1e-9 where the statement says 1e-12: a target 1.5e-12 above a
# cumulative share is then reached one component early.
import numpy as np
def components_for_variance(X, target):
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    r = s**2 / np.sum(s**2)
    c = np.cumsum(r)
    k = int(np.sum(c < target - 1e-9)) + 1
    return min(k, len(r)), r
