# expect: b1 is added after the ReLU
# Wrong: the hidden bias added after the ReLU, relu(X W1) + b1, not relu(X W1 + b1).
import numpy as np
from scipy.special import expit


def score_requests(X, W1, b1, w2, b2):
    return expit(np.maximum(X @ W1, 0.0) @ w2 + b1 @ w2 + b2)
