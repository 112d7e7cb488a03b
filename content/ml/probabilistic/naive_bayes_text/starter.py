import numpy as np


def nb_log_posterior(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, alpha: float = 1.0
) -> np.ndarray:
    """Multinomial naive Bayes: log P(class | document) for each row of X_test.

    Columns follow np.unique(y_train). Priors are document shares; word probabilities
    are (N_cj + alpha) / (N_c + alpha * d). Returns a float64 array (m, n_classes).
    """
    # TODO: priors and smoothed word log-probabilities per class, the log joint of each
    # test document, then normalise over the classes with scipy.special.logsumexp.
    raise NotImplementedError("nb_log_posterior is not written yet")
