import numpy as np
from scipy.spatial.distance import cdist


def knn_predict(X_train, y_train, X_test, k):
    distances = cdist(X_test, X_train)  # Euclidean by default
    index = np.arange(len(X_train))
    predictions = np.empty(len(X_test), dtype=np.int64)
    for i, row in enumerate(distances):
        # lexsort sorts by the last key first: distance, then training index on a tie.
        nearest = np.lexsort((index, row))[:k]
        votes = {}
        for label in y_train[nearest].tolist():
            votes[label] = votes.get(label, 0) + 1
        top = max(votes.values())
        predictions[i] = min(label for label, count in votes.items() if count == top)
    return predictions
