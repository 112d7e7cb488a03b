# expect: to be written without numpy\.linalg, and line \d+ uses numpy\.linalg\.inv
# Inverts again: O(d^3), which the statement forbids.
import numpy as np


def rank_one_update(A_inv, u, v):
    den = 1.0 + v @ A_inv @ u
    if abs(den) < 1e-12:
        return None
    A = np.linalg.inv(A_inv)
    return np.linalg.inv(A + np.outer(u, v))
