# expect: horizon is missing from the count
import torch
from torch.utils.data import Dataset


class WindowDataset(Dataset):
    def __init__(self, series, window, horizon, target):
        self.series = torch.as_tensor(series, dtype=torch.float32)
        self.window, self.horizon, self.target = window, horizon, target

    def __len__(self):
        return len(self.series) - self.window

    def __getitem__(self, i):
        x = self.series[i : i + self.window]
        y = self.series[i + self.window - 1 + self.horizon, self.target]
        return x, y
