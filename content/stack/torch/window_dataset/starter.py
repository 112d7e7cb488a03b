import numpy as np
import torch
from torch.utils.data import Dataset


class WindowDataset(Dataset):
    """(window of inputs, value `horizon` steps after the window) pairs from a (T, f) series."""

    def __init__(self, series: np.ndarray, window: int, horizon: int, target: int) -> None:
        # TODO: keep the series (as a float32 tensor) and the settings.
        raise NotImplementedError("WindowDataset is not written yet")

    def __len__(self) -> int:
        """The number of windows whose target step lies inside the series."""
        raise NotImplementedError

    def __getitem__(self, i: int) -> tuple[torch.Tensor, torch.Tensor]:
        """x: float32 (window, f), the steps i .. i+window-1; y: float32 (), the target."""
        raise NotImplementedError
