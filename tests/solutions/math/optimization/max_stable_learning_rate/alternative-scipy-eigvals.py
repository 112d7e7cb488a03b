# scipy.linalg.eigvals returns every eigenvalue as a complex number, even those of a
# symmetric matrix, so the answer is (0.2485+0j): the right value with a zero imaginary
# part. Before the fix it was refused as "not a number".
import numpy as np
import scipy.linalg
from sklearn.datasets import load_diabetes

X, y = load_diabetes(return_X_y=True, scaled=False)
n = X.shape[0]
Z = (X - X.mean(axis=0)) / X.std(axis=0)
H = 2 / n * Z.T @ Z
ANSWER = 2 / scipy.linalg.eigvals(H).max()
