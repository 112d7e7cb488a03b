# expect: label seen first|Counter\.most_common
from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    distances = np.sqrt(((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=-1))
    nearest = np.argsort(distances, axis=1, kind="stable")[:, :k]
    return np.array(
        [Counter(y_train[rows].tolist()).most_common(1)[0][0] for rows in nearest], dtype=np.int64
    )
