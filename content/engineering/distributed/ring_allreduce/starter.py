import numpy as np


def ring_allreduce(buffers: list[np.ndarray], steps: int) -> tuple[list[np.ndarray], list[int]]:
    """Run the first `steps` of the 2(p - 1) steps of ring all-reduce.

    Chunks: np.array_split(buffer, p). Reduce-scatter step s: worker i sends chunk
    (i - s) % p to worker (i + 1) % p, which adds it. All-gather step t: worker i
    sends chunk (i + 1 - t) % p, which the receiver copies. All sends of a step
    happen at once. Returns (state, sent): buffers after the steps, and the number
    of elements each worker has sent.
    """
    # TODO: copy the buffers, cut them into chunks, and play the steps.
    raise NotImplementedError("ring_allreduce is not written yet")
