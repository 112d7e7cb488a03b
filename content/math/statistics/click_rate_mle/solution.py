r"""With $C = \sum c_i$ clicks and $M = \sum m_i$ impressions, $\ell(p) = C\log p + (M - C)\log(1-p)$,
and $\ell'(p) = C/p - (M - C)/(1 - p) = 0$ gives $\hat p = C / M$: pool the counts,
then divide. Only the totals matter (they are sufficient statistics), so busy days
weigh in proportion to their impressions and empty days drop out on their own.

`scipy.special.xlogy(a, b)` computes $a \log b$ with $0 \log 0 = 0$, which is
exactly the convention the likelihood needs when $\hat p$ is 0 or 1; a plain
`C * np.log(p)` gives `0 * -inf = nan` there. The usual wrong approach is the mean
of the daily rates $c_i / m_i$: it is not the MLE, it over-weights quiet days,
and it divides by zero on a day without impressions.
"""

import numpy as np
from scipy.special import xlogy


def click_rate_mle(clicks: np.ndarray, impressions: np.ndarray) -> tuple[float, float]:
    total_clicks = float(np.sum(clicks))
    total_shown = float(np.sum(impressions))
    p_hat = total_clicks / total_shown
    log_lik = xlogy(total_clicks, p_hat) + xlogy(total_shown - total_clicks, 1.0 - p_hat)
    return p_hat, float(log_lik)
