"""One `torch.device` object is the single source of truth: the model goes there once
(`model.to(device)`), and every batch goes there as it is used (`.to(device,
dtype=torch.float32)`), so the same code runs on a laptop CPU and on any GPU.
`model.eval()` turns dropout into the identity (and would make batch norm use its
running statistics); `torch.inference_mode()` stops autograd from recording the
graph, which saves the memory of every activation and some time. The probabilities
come back with `.cpu()` before `.numpy()`: NumPy cannot see GPU memory.

Common wrong approaches: `torch.from_numpy(X)` keeps float64 and meets float32
weights; moving the model but not the batches (or the reverse); relying on
`torch.no_grad()` while forgetting `eval()` (no_grad does not switch dropout off);
and `.numpy()` on a CUDA tensor. Building each batch with `torch.tensor(...)` on the
CPU and moving it is fine; allocating the whole X on the GPU at once is not, for a
batch job whose input does not fit in GPU memory.
"""

import numpy as np
import torch
from torch import nn


def predict_proba(
    state: dict[str, np.ndarray], X: np.ndarray, device: str, batch_size: int
) -> tuple[np.ndarray, str]:
    target = torch.device(device)
    d, h, k = X.shape[1], state["0.weight"].shape[0], state["3.weight"].shape[0]
    model = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Dropout(p=0.5), nn.Linear(h, k))
    model.load_state_dict({name: torch.from_numpy(value) for name, value in state.items()})
    model.to(target).eval()
    parts = [torch.empty(0, k)]
    with torch.inference_mode():
        for start in range(0, len(X), batch_size):
            batch = torch.from_numpy(X[start : start + batch_size]).to(target, torch.float32)
            parts.append(torch.softmax(model(batch), dim=1).cpu())
    probs = torch.cat(parts).numpy()
    return probs, next(model.parameters()).device.type
