import numpy as np
from scipy.special import expit


def score_requests(X, W1, b1, w2, b2):
    # einsum for both layers, the ReLU in place, and SciPy's sigmoid.
    hidden = np.einsum("nd,dh->nh", X, W1) + b1
    np.maximum(hidden, 0.0, out=hidden)
    return expit(np.einsum("nh,h->n", hidden, w2) + b2)
