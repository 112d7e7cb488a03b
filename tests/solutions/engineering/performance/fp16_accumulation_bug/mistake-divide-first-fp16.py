# expect: each gradient was divided by K in float16 before the float32 sum
# Divides each float16 gradient by K (in float16) before a float32 sum.
import numpy as np
def accumulate_gradients(micro_grads):
    K = len(micro_grads)
    total = np.zeros(micro_grads[0].shape, dtype=np.float32)
    for g in micro_grads:
        total += (g / np.float16(K)).astype(np.float32)
    return total
