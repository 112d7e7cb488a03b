import torch


def masked_mean(x, lengths):
    x, lengths = torch.as_tensor(x), torch.as_tensor(lengths)
    steps = torch.arange(x.shape[1])
    real = (steps.unsqueeze(0) < lengths.unsqueeze(1)).unsqueeze(-1)  # (batch, T, 1)
    # torch.where picks 0 at the padding, so NaN or inf there never reaches the sum.
    total = torch.where(real, x, torch.zeros((), dtype=x.dtype)).sum(dim=1)
    count = real.sum(dim=1).to(x.dtype)  # (batch, 1): the number of real steps
    return total / torch.clamp(count, min=1.0)
