# expect: tensors in.*expected np\.ndarray \(got Tensor\).*torch\.as_tensor
# torch.from_numpy takes NumPy arrays only: a batch that is already a tensor breaks it.
import numpy as np
import torch


def masked_mean(x, lengths):
    x = torch.from_numpy(np.asarray(x) if not isinstance(x, np.ndarray) else x)
    lengths = torch.from_numpy(lengths)
    real = torch.arange(x.shape[1])[None, :] < lengths[:, None]
    total = x.masked_fill(~real[..., None], 0.0).sum(dim=1)
    return total / lengths.clamp(min=1)[:, None]
