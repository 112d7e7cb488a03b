# expect: horizon 2 \(the step after next\): [^\n]*off by one, one sample too many
# __len__ counts one sample too many (T - window - horizon + 2); with horizon 2 that is
# T - window, and it was told the horizon was missing from the count.
import torch
from torch.utils.data import Dataset


class WindowDataset(Dataset):
    def __init__(self, series, window, horizon, target):
        self.s, self.w, self.h, self.t = series, window, horizon, target

    def __len__(self):
        return max(0, len(self.s) - self.w - self.h + 2)

    def __getitem__(self, i):
        step = min(i + self.w - 1 + self.h, len(self.s) - 1)
        return (
            torch.as_tensor(self.s[i : i + self.w], dtype=torch.float32),
            torch.as_tensor(self.s[step, self.t], dtype=torch.float32),
        )
