# expect: LinearRegression with its defaults.*adds an intercept.*tol=1e-6 drops
import numpy as np
from sklearn.linear_model import LinearRegression


def fitted_values(X, y):
    X = np.asarray(X, dtype=np.float64)
    return LinearRegression().fit(X, np.asarray(y, dtype=np.float64)).predict(X)
