# expect: should be NaN: worker \d+ saw examples
# np.nansum over size-weighted gradients: also silently drops NaN from workers that DID see data.
import numpy as np
def average_gradients(grads, batch_sizes):
    total = sum(batch_sizes)
    out = []
    for p in range(len(grads[0])):
        stack = np.stack([b * g[p].astype(np.float64) for g, b in zip(grads, batch_sizes)])
        s = np.nansum(stack, axis=0)
        out.append((s / total if total else s).astype(np.float32))
    return out
