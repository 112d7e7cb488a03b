# expect: to be written without sympy, and line \d+ uses sympy
# Inverts again with SymPy's exact matrices: O(d^3), which the statement forbids.
import numpy as np
import sympy


def rank_one_update(A_inv, u, v):
    den = 1.0 + v @ A_inv @ u
    if abs(den) < 1e-12:
        return None
    A = sympy.Matrix(A_inv).inv()
    updated = (A + sympy.Matrix(np.outer(u, v))).inv()
    return np.array(updated.evalf(), dtype=np.float64)
