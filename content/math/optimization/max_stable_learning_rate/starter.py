import numpy as np
from sklearn.datasets import load_diabetes

X, y = load_diabetes(return_X_y=True, scaled=False)   # X: (442, 10), y: (442,)
n = X.shape[0]

# TODO: standardise the columns (ddof=0), centre y, work out the Hessian of
# L(w) = ||Z w - y_c||^2 / n, and set ANSWER to the largest stable learning rate.
ANSWER = None
