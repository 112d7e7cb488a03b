import numpy as np


def accumulate_gradients(micro_grads: list[np.ndarray]) -> np.ndarray:
    """Mean of the K micro-batch gradients (float16 arrays), as float32.

    Users report that with many micro-batches the result drifts, stalls, or
    overflows to inf. Find out why and fix it.
    """
    total = np.zeros_like(micro_grads[0])  # an accumulator like the gradients
    for grad in micro_grads:
        total += grad
    return (total / len(micro_grads)).astype(np.float32)
