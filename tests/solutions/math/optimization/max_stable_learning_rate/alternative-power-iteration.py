# The Hessian is twice the features' correlation matrix (standardising with any ddof
# gives the same correlations); its largest eigenvalue by power iteration.
import numpy as np
from sklearn.datasets import load_diabetes

X, y = load_diabetes(return_X_y=True, scaled=False)
H = 2 * np.corrcoef(X, rowvar=False)
v = np.ones(H.shape[0])
for _ in range(500):
    v = H @ v
    v /= np.linalg.norm(v)
ANSWER = 2 / float(v @ H @ v)
