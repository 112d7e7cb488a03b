# expect: log_lik has the wrong sign

from scipy.special import xlogy


def click_rate_mle(clicks, impressions):
    C, M = float(clicks.sum()), float(impressions.sum())
    p = C / M
    return p, -float(xlogy(C, p) + xlogy(M - C, 1 - p))
