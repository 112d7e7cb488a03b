import math

import numpy as np


def click_rate_mle(clicks, impressions):
    # Sum in Python ints (exact), then handle 0 * log 0 by skipping empty terms.
    C = int(np.sum(np.asarray(clicks, dtype=np.int64)))
    M = int(np.sum(np.asarray(impressions, dtype=np.int64)))
    p = C / M
    log_lik = 0.0
    if C > 0:
        log_lik += C * math.log(p)
    if M - C > 0:
        log_lik += (M - C) * math.log1p(-p)
    return p, log_lik
