# expect: expected a torch.Tensor.*got a NumPy array
import numpy as np
import torch
from torch.utils.data import Dataset


class WindowDataset(Dataset):
    def __init__(self, series: np.ndarray, window: int, horizon: int, target: int) -> None:
        self.series = torch.as_tensor(series, dtype=torch.float32)
        self.window, self.horizon, self.target = window, horizon, target

    def __len__(self) -> int:
        return max(len(self.series) - self.window - self.horizon + 1, 0)

    def __getitem__(self, i: int) -> tuple[torch.Tensor, torch.Tensor]:
        x = self.series[i : i + self.window]
        y = self.series[i + self.window - 1 + self.horizon, self.target]
        return x.numpy(), y.numpy()
