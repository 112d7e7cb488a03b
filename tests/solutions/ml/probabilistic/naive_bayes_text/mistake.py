# expect: underflows
import numpy as np


def nb_log_posterior(X_train, y_train, X_test, alpha=1.0):
    classes = np.unique(y_train)
    d = X_train.shape[1]
    probs = np.empty((len(X_test), len(classes)))
    for c, label in enumerate(classes):
        docs = X_train[y_train == label]
        counts = docs.sum(axis=0)
        theta = (counts + alpha) / (counts.sum() + alpha * d)
        prior = len(docs) / len(y_train)
        probs[:, c] = prior * np.prod(theta**X_test, axis=1)
    return np.log(probs / probs.sum(axis=1, keepdims=True))
