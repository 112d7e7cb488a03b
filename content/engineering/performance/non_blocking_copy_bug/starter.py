import numpy as np
import torch

HIDDEN, OUT = 2048, 8


def embed(X: np.ndarray, seed: int, depth: int, batch_size: int, device: str) -> np.ndarray:
    """Embed every row of X with a deep tanh network whose weights are drawn from `seed`.

    Users report that on the GPU the last rows (sometimes most rows) come back as zeros
    or garbage, while on the CPU everything is right. Find out why and fix it.
    """
    target = torch.device(device)
    pin = target.type == "cuda"  # page-locked host memory exists only alongside a GPU
    g = torch.Generator().manual_seed(seed)
    w_in = (torch.randn(X.shape[1], HIDDEN, generator=g) / X.shape[1] ** 0.5).to(target)
    w_hidden = (torch.randn(HIDDEN, HIDDEN, generator=g) / HIDDEN**0.5).to(target)
    w_out = (torch.randn(HIDDEN, OUT, generator=g) / HIDDEN**0.5).to(target)
    out = torch.empty(len(X), OUT)
    out = out.pin_memory() if pin else out
    for start in range(0, len(X), batch_size):
        batch = torch.from_numpy(X[start : start + batch_size])
        batch = batch.pin_memory() if pin else batch
        h = torch.tanh(batch.to(target, non_blocking=True) @ w_in)
        for _ in range(depth):
            h = torch.tanh(h @ w_hidden)
        out[start : start + len(batch)].copy_(h @ w_out, non_blocking=True)
    return out.numpy()
