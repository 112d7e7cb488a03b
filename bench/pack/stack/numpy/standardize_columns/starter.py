import numpy as np


def standardize(X: np.ndarray) -> np.ndarray:
    """Each column minus its mean, divided by its standard deviation (0 where it is 0)."""
    raise NotImplementedError("standardize is not written yet")
