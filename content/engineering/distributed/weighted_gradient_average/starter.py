import numpy as np


def average_gradients(grads: list[list[np.ndarray]], batch_sizes: list[int]) -> list[np.ndarray]:
    """The gradient of the mean loss over all workers' examples, one float32 array
    per parameter. Workers with 0 examples (NaN gradients) are left out; if no
    worker has examples, zeros.
    """
    # TODO: weight each worker's gradient by its batch size, per parameter.
    raise NotImplementedError("average_gradients is not written yet")
