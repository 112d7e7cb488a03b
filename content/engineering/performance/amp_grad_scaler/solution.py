"""The mixed-precision recipe, in the order that matters. Autocast runs the product in
float16 (fast on tensor cores) while the weights stay float32; the loss is computed in
float32 (autocast does that for `mse_loss`). Float16 gradients can underflow to 0 or
overflow to inf, so the loss is multiplied by a large scale before `backward()`; the
scaler then divides the gradients back (`unscale_`), skips the step if any gradient is
inf or NaN, and `update()` halves the scale after an overflow and doubles it after
`growth_interval` clean steps. Clipping must see the true gradients, so `unscale_`
comes first; `scaler.step` knows they are already unscaled.

The common wrong approach is clipping before `unscale_`: the norm of the scaled
gradients is huge, so every update is clipped to almost nothing and the loss stalls,
with no error. Others fail loudly: `loss.backward()` on the unscaled loss makes
`unscale_` raise, and a missing `update()` makes the next step raise. Casting the
weights to float16 with `.half()` instead of using autocast loses small updates to
rounding. Autocast and the scaler are off on the CPU, so the same function trains in
plain float32 there.
"""

import numpy as np
import torch
from torch.nn import functional as F


def train_amp(
    X: np.ndarray, y: np.ndarray, steps: int, lr: float, max_norm: float, device: str
) -> tuple[list[float], np.ndarray, float]:
    target = torch.device(device)
    amp = target.type == "cuda"
    X, y = torch.as_tensor(X, device=target), torch.as_tensor(y, device=target)
    w = torch.zeros(X.shape[1], device=target, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr)
    scaler = torch.amp.GradScaler(target.type, init_scale=2.0**16, growth_interval=4,
                                  enabled=amp)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad(set_to_none=True)
        with torch.autocast(target.type, dtype=torch.float16, enabled=amp):
            loss = F.mse_loss(X @ w, y)
        scaler.scale(loss).backward()
        scaler.unscale_(optimizer)
        torch.nn.utils.clip_grad_norm_([w], max_norm)
        scaler.step(optimizer)
        scaler.update()
        losses.append(loss.item())
    return losses, w.detach().cpu().numpy(), float(scaler.get_scale())
