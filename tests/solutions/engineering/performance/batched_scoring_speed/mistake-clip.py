# expect: should be below .* comes back as that same value: the logits were clipped
import numpy as np


def score_requests(X, W1, b1, w2, b2):
    # Clipping the logit silences exp's overflow warning, and puts a floor under p.
    z = np.maximum(X @ W1 + b1, 0.0) @ w2 + b2
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
