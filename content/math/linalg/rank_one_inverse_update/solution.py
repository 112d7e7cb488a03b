r"""Two matrix-vector products and one outer product: $a = A^{-1}u$ (a column),
$b = v^\top A^{-1}$ (a row, computed as `v @ A_inv`), the scalar
$1 + v^\top a$, and `A_inv - np.outer(a, b) / denominator`. Each step is $O(d^2)$,
and grouping the products this way never forms a $d \times d$ product of two
matrices, which would cost $O(d^3)$ and defeat the purpose.

Common wrong approaches: `A_inv @ v` instead of `v @ A_inv` (the same thing only when
$A$ is symmetric, which is why it survives tests on covariance matrices); the
outer product in the wrong order, `np.outer(b, a)`; and updating `A_inv` in place
with `-=`, which changes the caller's matrix. `A_inv @ np.outer(u, v) @ A_inv / den`
gives the right matrix, and passes the checks, which cannot time it at their small
sizes, but at $O(d^3)$ it costs as much as inverting again: it misses the point of
the update.
"""

import numpy as np


def rank_one_update(A_inv: np.ndarray, u: np.ndarray, v: np.ndarray) -> np.ndarray | None:
    a = A_inv @ u
    b = v @ A_inv
    denominator = 1.0 + v @ a
    if abs(denominator) < 1e-12:
        return None
    return A_inv - np.outer(a, b) / denominator
