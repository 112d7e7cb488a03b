# expect: average of the daily rates
import numpy as np
from scipy.special import xlogy


def click_rate_mle(clicks, impressions):
    # Averages the daily rates: a quiet day weighs as much as a busy one.
    with np.errstate(all="ignore"):
        p_hat = float(np.nanmean(clicks / impressions))
    C, M = float(np.sum(clicks)), float(np.sum(impressions))
    return p_hat, float(xlogy(C, p_hat) + xlogy(M - C, 1 - p_hat))
