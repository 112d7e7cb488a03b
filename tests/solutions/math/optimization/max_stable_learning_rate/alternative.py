import numpy as np
from sklearn.datasets import load_diabetes
from sklearn.preprocessing import StandardScaler

X, y = load_diabetes(return_X_y=True, scaled=False)
n = X.shape[0]

# StandardScaler uses the population std; the Hessian's eigenvalues are (2/n) s_i^2,
# with s the singular values of Z, so lambda_max comes from the largest one.
Z = StandardScaler().fit_transform(X)
s_max = np.linalg.norm(Z, ord=2)
ANSWER = 2.0 / (2.0 / n * s_max**2)
