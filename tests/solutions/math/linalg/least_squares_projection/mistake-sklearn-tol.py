# expect: times the largest, was dropped
import numpy as np
from sklearn.linear_model import LinearRegression


def fitted_values(X, y):
    X = np.asarray(X, dtype=np.float64)
    model = LinearRegression(fit_intercept=False).fit(X, np.asarray(y, dtype=np.float64))
    return model.predict(X)
