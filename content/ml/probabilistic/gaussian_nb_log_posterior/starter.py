import numpy as np


def gaussian_nb_log_proba(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, var_smoothing: float = 1e-9
) -> tuple[np.ndarray, np.ndarray]:
    """Sorted classes, and the log posterior of each class for each test row."""
    classes = np.unique(y_train)
    # TODO: priors, per-class means and smoothed variances, joint log-likelihoods,
    # then normalise each row in log space.
    raise NotImplementedError("gaussian_nb_log_proba is not written yet")
