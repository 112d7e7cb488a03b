import numpy as np


def per_example_loss(P, y, ignore_index=-100):
    # take_along_axis on a (n, 1) column of labels, and a boolean mask to zero the padding.
    keep = y != ignore_index
    labels = np.clip(y, 0, P.shape[1] - 1)[:, None]
    probs = np.take_along_axis(P, labels, axis=1)[:, 0]
    losses = -np.log(np.clip(probs, 1e-15, None))
    losses[~keep] = 0.0
    return losses
