import numpy as np
from sklearn.datasets import load_breast_cancer

from mldojo.grading.casekit import Challenge


def challenge(rng):
    X, y = load_breast_cancer(return_X_y=True)
    test = np.zeros(len(y), dtype=bool)
    for label in (0, 1):  # a stratified 30% test split, drawn from the seed
        rows = np.flatnonzero(y == label)
        test[rng.choice(rows, size=round(0.3 * len(rows)), replace=False)] = True
    return Challenge(args=(X[~test], y[~test], X[test]), labels=y[test])
