# expect: expected a torch.Tensor.*got a NumPy array
import numpy as np
import torch


def masked_mean(x: torch.Tensor | np.ndarray, lengths: torch.Tensor | np.ndarray) -> torch.Tensor:
    x, lengths = torch.as_tensor(x), torch.as_tensor(lengths)
    real = torch.arange(x.shape[1])[None, :] < lengths[:, None]  # (batch, T)
    total = x.masked_fill(~real[..., None], 0.0).sum(dim=1)
    return (total / lengths.clamp(min=1)[:, None]).numpy()
