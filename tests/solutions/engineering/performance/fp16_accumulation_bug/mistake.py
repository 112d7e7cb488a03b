# expect: rounded to float16 somewhere
import numpy as np


def accumulate_gradients(micro_grads):
    # np.mean sums in float32 inside, but hands back a float16 result.
    return np.mean(np.stack(micro_grads), axis=0).astype(np.float32)
