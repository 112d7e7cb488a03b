import numpy as np


def stratified_folds(y: np.ndarray, n_splits: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Split rows into n_splits (train_idx, test_idx) pairs, stratified by the labels y.

    Test sets partition the rows; each holds floor or ceil of n_c / n_splits rows of
    every class c; test set sizes differ by at most 1; index arrays sorted ascending.
    """
    # TODO: decide a fold for every row so that each class is spread evenly,
    # then build the (train, test) index arrays for each fold.
    raise NotImplementedError("stratified_folds is not written yet")
