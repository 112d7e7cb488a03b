"""`P[rows, cols]` with two integer arrays of the same length picks one element per
pair: `P[np.arange(n), y]` is the true-class probability of each row. The padding
entries are replaced by a valid class (0) before indexing, through `np.where` on a
copy, so they can never select a real probability, and their losses are set to 0
afterwards with the same mask.

Common wrong approaches: `P[:, y]`, which takes all rows for each listed column (an
(n, n) matrix; with a square P it even has the right number of elements to hide in a
mean); indexing with `y` as it is, where -100 counts from the end of each row and,
with 100 or more classes, silently picks a real class instead of raising; and
`np.log(P[...])` without the clip, which returns inf for a confident wrong model.
"""

import numpy as np


def per_example_loss(P: np.ndarray, y: np.ndarray, ignore_index: int = -100) -> np.ndarray:
    ignored = y == ignore_index
    classes = np.where(ignored, 0, y)
    picked = P[np.arange(len(y)), classes]
    return np.where(ignored, 0.0, -np.log(np.maximum(picked, 1e-15)))
