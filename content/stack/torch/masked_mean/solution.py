"""A mask of the real steps, `arange(T)[None, :] < lengths[:, None]`, comes straight
from broadcasting; `masked_fill` writes 0.0 over the padding, so even NaN padding
drops out, and the sum over time is divided by the count of real steps, clamped
at 1 so an empty sequence gives 0 / 1 = 0 rather than 0 / 0 = NaN. Dividing a
float32 tensor by an int64 one keeps float32.

The common wrong approaches: `x.mean(dim=1)`, which divides by T and averages the
padding in; `(x * mask[..., None]).sum(1)`, which is right until the padding holds
NaN or inf (NaN times 0 is NaN); and dividing by `lengths` without the clamp, which
turns every empty sequence into a row of NaN that then poisons the loss.
"""

import numpy as np
import torch


def masked_mean(x: torch.Tensor | np.ndarray, lengths: torch.Tensor | np.ndarray) -> torch.Tensor:
    x, lengths = torch.as_tensor(x), torch.as_tensor(lengths)
    real = torch.arange(x.shape[1])[None, :] < lengths[:, None]  # (batch, T)
    total = x.masked_fill(~real[..., None], 0.0).sum(dim=1)
    return total / lengths.clamp(min=1)[:, None]
