# expect: shorter than the window.*raised RuntimeError
import torch
from torch.utils.data import Dataset


class WindowDataset(Dataset):
    def __init__(self, series, window, horizon, target):
        s = torch.tensor(series, dtype=torch.float32)
        self.X = s.unfold(0, window, 1).transpose(1, 2)
        self.Y = s[window - 1 + horizon :, target]

    def __len__(self):
        return len(self.Y)

    def __getitem__(self, i):
        return self.X[i], self.Y[i]
