# expect: to be written without numpy\.linalg, and line \d+ uses numpy\.linalg\.svd
# Recovers A from its inverse's SVD and inverts again: O(d^3), which the statement forbids.
import numpy as np


def rank_one_update(A_inv, u, v):
    den = 1.0 + v @ A_inv @ u
    if abs(den) < 1e-12:
        return None
    U, s, Vt = np.linalg.svd(A_inv)
    A = Vt.T @ np.diag(1.0 / s) @ U.T
    U, s, Vt = np.linalg.svd(A + np.outer(u, v))
    return Vt.T @ np.diag(1.0 / s) @ U.T
