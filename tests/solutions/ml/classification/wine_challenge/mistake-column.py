# expect: flatten it to one value per row, with \.ravel\(\)
# The classes returned as a column, shape (n, 1). It used to get only the two shapes.
import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC


def fit_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray) -> np.ndarray:
    model = make_pipeline(StandardScaler(), SVC())
    model.fit(X_train, y_train)
    return model.predict(X_test).reshape(-1, 1)
