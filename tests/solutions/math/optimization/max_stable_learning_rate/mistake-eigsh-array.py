# expect: array of shape \(1,\), not a number
# The right threshold from scipy's eigsh, which returns its k = 1 eigenvalue in an array
# of shape (1,). Before the fix it was told "compute it in code and leave it as a float".
from scipy.sparse.linalg import eigsh
from sklearn.datasets import load_diabetes

X, y = load_diabetes(return_X_y=True, scaled=False)
n = X.shape[0]
Z = (X - X.mean(axis=0)) / X.std(axis=0)
H = 2 / n * Z.T @ Z
ANSWER = 2 / eigsh(H, k=1, which="LA")[0]
