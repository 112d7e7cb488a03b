# expect: clipped while still scaled|unscale_
import torch
from torch.nn import functional as F


def train_amp(X, y, steps, lr, max_norm, device):
    # Clips the scaled gradients, then lets scaler.step unscale them.
    target = torch.device(device)
    amp = target.type == "cuda"
    X, y = torch.as_tensor(X, device=target), torch.as_tensor(y, device=target)
    w = torch.zeros(X.shape[1], device=target, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr)
    scaler = torch.amp.GradScaler(target.type, init_scale=2.0**16, growth_interval=4,
                                  enabled=amp)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        with torch.autocast(target.type, dtype=torch.float16, enabled=amp):
            loss = F.mse_loss(X @ w, y)
        scaler.scale(loss).backward()
        torch.nn.utils.clip_grad_norm_([w], max_norm)
        scaler.step(optimizer)
        scaler.update()
        losses.append(loss.item())
    return losses, w.detach().cpu().numpy(), float(scaler.get_scale())
