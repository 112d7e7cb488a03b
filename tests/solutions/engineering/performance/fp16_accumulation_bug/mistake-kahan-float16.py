# expect: NaN in the result: a float16 total of these gradients passes float16's largest value, 65,504
# Kahan summation kept in float16: it recovers rounding, not range, so the
# loss-scaled total still overflows to inf, and the compensation makes inf - inf = NaN.
import numpy as np
def accumulate_gradients(micro_grads):
    # Kahan compensated summation keeps the lost low bits, so float16 is enough
    s = np.zeros_like(micro_grads[0])
    c = np.zeros_like(micro_grads[0])
    for g in micro_grads:
        yv = g - c
        t = s + yv
        c = (t - s) - yv
        s = t
    return (s / np.float16(len(micro_grads))).astype(np.float32)
