# expect: distance tie rule is broken
import numpy as np
from sklearn.neighbors import KNeighborsClassifier


def knn_predict(X_train, y_train, X_test, k):
    if len(X_test) == 0:
        return np.empty(0, dtype=np.int64)
    m = KNeighborsClassifier(n_neighbors=k, algorithm="brute").fit(X_train, y_train)
    return m.predict(X_test).astype(np.int64)
