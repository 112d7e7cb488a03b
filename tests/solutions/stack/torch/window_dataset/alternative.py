import numpy as np
import torch
from torch.utils.data import Dataset


class WindowDataset(Dataset):
    def __init__(self, series, window, horizon, target):
        # Keep the NumPy array and build the tensors on demand, per sample.
        self.series = np.asarray(series)
        self.window, self.horizon, self.target = window, horizon, target
        last_start = len(self.series) - window - horizon  # target step T - 1
        self.n = last_start + 1 if last_start >= 0 else 0

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        end = i + self.window
        x = torch.tensor(self.series[i:end], dtype=torch.float32)
        y = torch.tensor(self.series[end - 1 + self.horizon][self.target], dtype=torch.float32)
        return x, y
