# expect: ignore_index|IndexError|out of bounds
import numpy as np


def per_example_loss(P, y, ignore_index=-100):
    # Forgets the padding label: -100 is used as a column index.
    return -np.log(np.maximum(P[np.arange(len(y)), y], 1e-15))
