import numpy as np


def accumulate_gradients(micro_grads):
    # Stack, then let NumPy sum in float32 (pairwise) and divide: one call, no float16 on the way.
    return np.mean(np.stack(micro_grads), axis=0, dtype=np.float32)
