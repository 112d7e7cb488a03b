# expect: Frobenius norm
# np.linalg.norm of a matrix is the Frobenius norm unless ord=2 is given: larger than the
# largest eigenvalue. Before the fix it was told to "find the Hessian of L, its largest
# eigenvalue", without the reason.
import numpy as np
from sklearn.datasets import load_diabetes

X, y = load_diabetes(return_X_y=True, scaled=False)
n = X.shape[0]
Z = (X - X.mean(axis=0)) / X.std(axis=0)
H = 2 / n * Z.T @ Z
ANSWER = 2 / np.linalg.norm(H)
