# expect: smallest eigenvalue
import numpy as np
from sklearn.datasets import load_diabetes

X, y = load_diabetes(return_X_y=True, scaled=False)
n = X.shape[0]
Z = (X - X.mean(axis=0)) / X.std(axis=0)
# eigvalsh sorts ascending: [0] is the smallest eigenvalue, not the largest.
ANSWER = 2.0 / np.linalg.eigvalsh(2.0 / n * Z.T @ Z)[0]
