# expect: every value of grad is a float32 number
import numpy as np


def softmax_cross_entropy(logits, labels):
    # Stable, computed in the dtype of the logits, cast to float64 at the end.
    n = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    rows = np.arange(n)
    grad = np.exp(log_p)
    grad[rows, labels] -= 1.0
    return float(-log_p[rows, labels].mean()), (grad / n).astype(np.float64)
