import numpy as np


def best_split(x: np.ndarray, y: np.ndarray) -> tuple[float | None, float]:
    """The threshold on x that minimises the size-weighted Gini impurity of the two sides.

    Candidates: midpoints between consecutive distinct sorted values of x; left is x <= t.
    Ties (within 1e-12): the smallest threshold. No candidate: (None, gini(y)).
    Returns (threshold, weighted impurity) as Python floats.
    """
    # TODO: sort x (and y with it), build running class counts for the left side with
    # np.cumsum, derive the right side from the totals, score every candidate at once.
    raise NotImplementedError("best_split is not written yet")
