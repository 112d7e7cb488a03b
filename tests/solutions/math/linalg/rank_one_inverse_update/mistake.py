# expect: not `A_inv @ v`
import numpy as np


def rank_one_update(A_inv, u, v):
    # Treats v^T A^-1 as A^-1 v: right only for symmetric A.
    a = A_inv @ u
    b = A_inv @ v
    denominator = 1.0 + v @ a
    if abs(denominator) < 1e-12:
        return None
    return A_inv - np.outer(a, b) / denominator
