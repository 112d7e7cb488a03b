# expect: loops in Python
# A Python loop over the examples: right numbers, but the statement asks for indexing.
import math

import numpy as np


def per_example_loss(P, y, ignore_index=-100):
    out = np.zeros(len(y))
    for i in range(len(y)):
        if y[i] != ignore_index:
            out[i] = -math.log(max(P[i, y[i]], 1e-15))
    return out
