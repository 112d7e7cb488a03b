import numpy as np
from scipy.special import logsumexp


def nb_log_posterior(X_train, y_train, X_test, alpha=1.0):
    classes = np.unique(y_train)
    d = X_train.shape[1]
    joint = np.empty((len(X_test), len(classes)))
    for c, label in enumerate(classes):
        docs = X_train[y_train == label]
        word_counts = docs.sum(axis=0)
        log_theta = np.log((word_counts + alpha) / (word_counts.sum() + alpha * d))
        joint[:, c] = np.log(len(docs) / len(y_train)) + X_test @ log_theta
    return joint - logsumexp(joint, axis=1)[:, None]
