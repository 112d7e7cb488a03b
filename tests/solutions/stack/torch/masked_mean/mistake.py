# expect: padding was averaged in
import torch


def masked_mean(x, lengths):
    x = torch.as_tensor(x)
    return x.mean(dim=1)
