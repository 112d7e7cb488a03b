import numpy as np
from scipy.spatial.distance import cdist


def svm_decision_function(support_vectors, dual_coef, intercept, gamma, X):
    # SciPy's squared Euclidean distances, (m, s), then the kernel and the weighted sum.
    K = np.exp(-gamma * cdist(X, support_vectors, "sqeuclidean"))
    return K.dot(dual_coef) + intercept
