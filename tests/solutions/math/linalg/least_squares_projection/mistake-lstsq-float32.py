# expect: every value is a float32 number
# lstsq on the inputs as given (float32 stays float32), result cast at the end.
import numpy as np


def fitted_values(X, y):
    w, *_ = np.linalg.lstsq(X if X.dtype.kind == "f" else X.astype(float), y, rcond=None)
    return (X @ w).astype(np.float64)
