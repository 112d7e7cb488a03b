# expect: converted to float64
import numpy as np
def add_row_offsets(X, offsets):
    return np.asarray(X, dtype=float) + offsets[:, None]
