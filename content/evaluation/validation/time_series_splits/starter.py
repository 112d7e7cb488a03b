import numpy as np


def time_series_splits(
    timestamps: np.ndarray, n_splits: int, test_size: int, gap: int = 0
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window splits in time order: train on the past, test on what follows.

    Returns n_splits (train_idx, test_idx) pairs of row indices into `timestamps`,
    each sorted ascending; `gap` rows are left out between train and test.
    """
    # TODO: order the rows by time, cut each split in that order,
    # then translate positions back to row indices.
    raise NotImplementedError("time_series_splits is not written yet")
