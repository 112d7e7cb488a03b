# expect: NaN \* 0 is NaN
import torch


def masked_mean(x, lengths):
    x, lengths = torch.as_tensor(x), torch.as_tensor(lengths)
    m = (torch.arange(x.shape[1])[None] < lengths[:, None]).float().unsqueeze(-1)
    return (x * m).sum(1) / m.sum(1).clamp(min=1)
