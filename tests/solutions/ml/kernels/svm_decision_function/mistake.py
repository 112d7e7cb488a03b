# expect: plain distance
import numpy as np


def svm_decision_function(support_vectors, dual_coef, intercept, gamma, X):
    distance = np.linalg.norm(X[:, None, :] - support_vectors[None, :, :], axis=-1)
    return np.exp(-gamma * distance) @ dual_coef + intercept
