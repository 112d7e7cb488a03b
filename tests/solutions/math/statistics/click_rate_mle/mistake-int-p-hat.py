# expect: return a float \(0\.0, not 0\)(?!.*binomial)

from scipy.special import xlogy


def click_rate_mle(clicks, impressions):
    C, M = int(clicks.sum()), int(impressions.sum())
    p = C / M if 0 < C < M else C // M
    return p, float(xlogy(C, p) + xlogy(M - C, 1 - p))
