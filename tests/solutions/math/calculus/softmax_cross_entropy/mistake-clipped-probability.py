# expect: loss is capped at -log\(1e-12\) = 27\.6.*Compute the log-probability directly
# Wrong: clips the true class's probability to 1e-12 before the log, to avoid log(0): the
# loss is finite, but each hopeless example counts as 27.6 where its loss is about 2000.
# It was told only the loss formula.
import numpy as np


def softmax_cross_entropy(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    n = len(z)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(np.clip(p[np.arange(n), labels], 1e-12, 1.0)))
    grad = p.copy()
    grad[np.arange(n), labels] -= 1
    return float(loss), grad / n
