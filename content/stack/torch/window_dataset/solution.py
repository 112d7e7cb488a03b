"""The series is converted to float32 once, in `__init__`, so every sample is a
cheap slice (a view) of one tensor. The last valid sample is the one whose target
step is T - 1: i + window - 1 + horizon = T - 1 gives i = T - window - horizon, so
there are T - window - horizon + 1 samples, clamped at 0 for a short series.
Indexing the target with two integers gives a 0-d tensor, which the default
collate function stacks into a `(batch,)` vector.

The common slips: `len = T - window` (forgetting the horizon, so the last samples
read past the end: an IndexError, or, with negative indexing, a silent
wrap-around); a target at `i + window + horizon`, one step late, or at
`i + window - 1`, inside the window; `series[t, target:target+1]`, a `(1,)`
tensor that batches to `(batch, 1)` and then broadcasts against `(batch,)`
predictions in the loss; and returning float64 tensors that the first
`nn.Linear` refuses.
"""

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
        return x, y
