# expect: to be written without numpy\.linalg, and line \d+ uses numpy\.linalg\.solve
# Recomputes the inverse by solving (A + u v^T) X = I: O(d^3), which the statement forbids.
import numpy as np


def rank_one_update(A_inv, u, v):
    den = 1.0 + v @ A_inv @ u
    if abs(den) < 1e-12:
        return None
    A = np.linalg.solve(A_inv, np.eye(len(u)))
    return np.linalg.solve(A + np.outer(u, v), np.eye(len(u)))
