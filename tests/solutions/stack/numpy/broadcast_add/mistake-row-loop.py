# expect: written without Python loops.*line 6 loops in Python \(a list comprehension\)
import numpy as np


def add_row_offsets(X, offsets):
    rows = [X[i] + offsets[i] for i in range(len(X))]  # right values, one row at a time
    return np.array(rows, dtype=np.result_type(X, offsets)).reshape(X.shape)
