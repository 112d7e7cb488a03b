# expect: look for the Python-level loop
import numpy as np


def score_requests(X, W1, b1, w2, b2):
    # A comprehension instead of the for loop: still one model call per request.
    def one(x):
        return 1.0 / (1.0 + np.exp(-(np.maximum(x @ W1 + b1, 0.0) @ w2 + b2)))

    return np.array([one(x) for x in X], dtype=np.float64).reshape(len(X))
