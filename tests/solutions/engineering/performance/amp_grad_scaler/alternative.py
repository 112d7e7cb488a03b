import torch
from torch.nn import functional as F


def train_amp(X, y, steps, lr, max_norm, device):
    # The scaler and autocast objects made once, each step's calls in a helper.
    device = torch.device(device)
    use_amp = device.type == "cuda"
    X = torch.tensor(X, device=device)
    y = torch.tensor(y, device=device)
    w = torch.nn.Parameter(torch.zeros(X.shape[1], device=device))
    optimizer = torch.optim.SGD([w], lr=lr)
    scaler = torch.amp.GradScaler(device.type, init_scale=65536.0, growth_interval=4,
                                  enabled=use_amp)

    def step():
        with torch.amp.autocast(device_type=device.type, dtype=torch.float16, enabled=use_amp):
            loss = F.mse_loss(torch.matmul(X, w), y)
        scaler.scale(loss).backward()
        scaler.unscale_(optimizer)
        torch.nn.utils.clip_grad_norm_(w, max_norm)
        scaler.step(optimizer)
        scaler.update()
        optimizer.zero_grad()
        return loss.item()

    losses = [step() for _ in range(steps)]
    return losses, w.detach().to("cpu").numpy(), scaler.get_scale() if use_amp else 1.0
