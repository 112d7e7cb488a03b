"""`np.unique(y, return_counts=True, return_inverse=True)` gives in one call the sorted
classes, how many examples each has, and for every example the position of its class:
the inverse indices turn the per-class weights into per-example weights with one
fancy-indexing step, whatever the labels are (strings of digits, 10 and 20, -1 and 1).

The common wrong approaches: $n_c / n$ (the frequency itself, which weights the
majority up instead of down); $1 / n_c$ without the $n / k$ factor, which gives the
right ratios but shrinks the total weight, and with it the effective learning rate
and the strength of any regularisation; and indexing the class weights with the raw
labels, `weights[y]`, which only works when the labels are exactly 0..k-1.
"""

import numpy as np


def balanced_weights(y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    classes, position, counts = np.unique(y, return_inverse=True, return_counts=True)
    weights = len(y) / (len(classes) * counts)
    return classes, weights, weights[position]
