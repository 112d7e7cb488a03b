"""`offsets[:, None]` turns the (n,) vector into an (n, 1) column, which broadcasts
across the d columns of each row. The common wrong answer, `X + offsets`, lines
the vector up with the columns instead: it raises for most shapes, and for a
square X it silently adds the wrong offset to every entry. `offsets.reshape(-1, 1)`
and `np.expand_dims(offsets, 1)` are equally good ways to write the column.
"""

import numpy as np


def add_row_offsets(X: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    return X + offsets[:, None]
