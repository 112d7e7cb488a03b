import numpy as np


def rank_one_update(A_inv, u, v):
    # Broadcasting a column against a row instead of np.outer; einsum for the row vector.
    column = A_inv.dot(u)
    row = np.einsum("i,ij->j", v, A_inv)
    scale = 1.0 + float(np.dot(v, column))
    if abs(scale) < 1e-12:
        return None
    return A_inv - column[:, None] * row[None, :] / scale
