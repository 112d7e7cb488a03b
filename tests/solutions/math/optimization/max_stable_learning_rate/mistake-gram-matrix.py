# expect: takes Z\^T Z for the Hessian
# The Gram matrix Z^T Z used as the Hessian, without the 2/n of the mean squared error.
# Before the fix it got the generic "find the Hessian of L" message.
import numpy as np
from sklearn.datasets import load_diabetes

X, y = load_diabetes(return_X_y=True, scaled=False)
Z = (X - X.mean(axis=0)) / X.std(axis=0)
ANSWER = 2 / np.linalg.eigvalsh(Z.T @ Z)[-1]
