# expect: ^(?!.*the loss is summed over the batch).*the loss is right but the gradient is not
# Wrong: the gradient is divided by the number of classes instead of the batch size; the
# loss is right. On a batch of one example, where a sum is the mean, it was told that its
# loss was summed over the batch.
import numpy as np


def softmax_cross_entropy(logits, labels):
    z = np.asarray(logits, dtype=np.float64)
    n, k = z.shape
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_p[np.arange(n), labels].mean()
    grad = np.exp(log_p)
    grad[np.arange(n), labels] -= 1
    return float(loss), grad / k
