"""The accumulator inherited the gradients' dtype: `np.zeros_like(grad)` is
float16, so every `+=` rounds the running total to 11 significant bits. Once
the total reaches 2048, adding 1.0 rounds back to 2048 (the spacing of float16
numbers there is 2); long before that, each addition is rounded by up to half
a spacing, and the errors pile up. And the total of 64 gradients of 2000 is
128,000, past float16's largest value, 65,504: `inf`. Casting to float32 at the
end cannot restore digits that were already lost.

The fix is to accumulate in float32 (the inputs convert exactly: every float16
is a float32) and divide once at the end. This is what mixed-precision training
does: float16 for the heavy matrix products, float32 for anything that adds up
many small numbers (gradient accumulators, optimiser states, master weights,
loss sums, softmax normalisers). bfloat16 has float32's range, so it does not
overflow, but only 8 significant bits, so its running sums stall even sooner.

The tempting non-fixes: dividing each gradient by K before adding it in float16
(small gradients then underflow towards the subnormal range, and the sum still
rounds), `np.mean` over the stacked float16 array (NumPy does use a float32
accumulator inside, but the result is rounded back to float16), and a float64
accumulator, which is correct but twice the memory of float32 on a GPU for no
benefit here.
"""

import numpy as np


def accumulate_gradients(micro_grads: list[np.ndarray]) -> np.ndarray:
    total = sum(grad.astype(np.float32) for grad in micro_grads)  # a float32 running sum
    return total / np.float32(len(micro_grads))
