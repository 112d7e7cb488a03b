"""Give A's coordinates a trailing axis and B's a leading one: `A[:, None, 0]` has shape
(n, 1) and `B[None, :, 0]` shape (1, m), so `np.maximum(A[:, None, 0], B[None, :, 0])`
is the (n, m) array of every pair's left edge. The intersection's width and height are
clipped at 0 (boxes that do not overlap), and the union comes from the two (n,) and
(m,) area vectors broadcast the same way. `np.divide(..., where=union > 0)` into an
array of zeros leaves the degenerate pairs at 0 without a division-by-zero warning.

Common wrong approaches: `A[:, 0] - B[:, 0]` without new axes, which pairs box i with
box i only (or fails when n != m); clipping the intersection area instead of the
width and the height (two negative sides multiply to a positive area); and dividing
first and replacing NaN afterwards, which raises warnings and also hides real bugs.
"""

import numpy as np


def pairwise_iou(A: np.ndarray, B: np.ndarray) -> np.ndarray:
    a, b = A[:, None, :], B[None, :, :]
    width = np.clip(np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0]), 0, None)
    height = np.clip(np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1]), 0, None)
    inter = width * height
    area_a = (A[:, 2] - A[:, 0]) * (A[:, 3] - A[:, 1])
    area_b = (B[:, 2] - B[:, 0]) * (B[:, 3] - B[:, 1])
    union = area_a[:, None] + area_b[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
