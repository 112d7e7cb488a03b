import numpy as np


def click_rate_mle(clicks: np.ndarray, impressions: np.ndarray) -> tuple[float, float]:
    """MLE of the click probability p from daily clicks and impressions.

    Returns (p_hat, log_lik): the maximising p and the log-likelihood
    sum_i [c_i log p + (m_i - c_i) log(1 - p)] at p_hat, with 0 * log 0 = 0.
    """
    # TODO: set the derivative of the log-likelihood to zero to find p_hat,
    # then evaluate the log-likelihood there (careful with log 0).
    raise NotImplementedError("click_rate_mle is not written yet")
