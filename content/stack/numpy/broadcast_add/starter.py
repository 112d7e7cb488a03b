import numpy as np


def add_row_offsets(X: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Return X with offsets[i] added to every entry of row i.

    X has shape (n, d); offsets has shape (n,). Return a new (n, d) array.
    """
    # TODO: make offsets line up with the rows of X, then add.
    raise NotImplementedError("add_row_offsets is not written yet")
