"""Scaling is part of the model: its mean and std are parameters learned from the
training data, exactly like the weights, and the test set must be transformed
with them, never used to compute them. Then the test score measures what
production will see: rows the whole pipeline never looked at.
`np.where(std == 0, 1.0, std)` keeps constant columns finite without editing the
array NumPy returned.

The two common wrong fixes: standardising the test set with its own mean and std
(each set is then centred on itself, so a shift between train and test vanishes
from the features and the model never sees it; it is also impossible for a
single production row), and using `ddof=1`, which is a different convention from
the one stated and from scikit-learn's `StandardScaler`. In a real project, put
`StandardScaler` in a `Pipeline` so that cross-validation refits it on each
training fold.
"""

import numpy as np


def standardize_split(X_train: np.ndarray, X_test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)
    std = np.where(std == 0, 1.0, std)
    return (X_train - mean) / std, (X_test - mean) / std
