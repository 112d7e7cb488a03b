r"""Everything stays in log space: the log joint of a document is a prior plus a dot
product of its counts with the log word probabilities, so all test documents are scored
at once with one matrix product, `X_test @ log_theta.T`. `logsumexp` then normalises
each row by subtracting the log of the summed exponentials, computed around the row's
maximum so that nothing underflows: a document of a few hundred words has joint log
probabilities in the thousands below zero, whose exponentials are exactly 0.0 in
float64. Laplace smoothing adds alpha to every count and alpha * d to every class
total, so each class's word probabilities still sum to 1 and no word is impossible.

Common wrong approaches: multiplying probabilities instead of adding logs (all classes
underflow to 0 and the normalisation divides 0 by 0); smoothing the numerator but
dividing by N_c + alpha (the probabilities no longer sum to 1, which favours the
smaller classes); priors from word counts instead of document counts; and returning
the unnormalised log joint, whose rows do not sum to 1 after exponentiating.
"""

import numpy as np
from scipy.special import logsumexp


def nb_log_posterior(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, alpha: float = 1.0
) -> np.ndarray:
    classes, codes = np.unique(y_train, return_inverse=True)
    onehot = np.eye(len(classes))[codes]                # (n, C)
    log_prior = np.log(onehot.sum(axis=0) / len(y_train))
    counts = onehot.T @ X_train + alpha                 # (C, d): N_cj + alpha
    log_theta = np.log(counts) - np.log(counts.sum(axis=1, keepdims=True))
    joint = X_test @ log_theta.T + log_prior            # (m, C)
    return joint - logsumexp(joint, axis=1, keepdims=True)
