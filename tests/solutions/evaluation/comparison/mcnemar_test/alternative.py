from scipy.stats import binomtest


def mcnemar_test(y_true, pred_a, pred_b):
    # Count the discordant rows in one pass, then let SciPy's exact binomial test
    # give the two-sided p-value.
    b = c = 0
    for truth, a, bb in zip(y_true, pred_a, pred_b):
        a_right, b_right = a == truth, bb == truth
        if a_right and not b_right:
            b += 1
        elif b_right and not a_right:
            c += 1
    if b + c == 0:
        return 0, 0, 1.0
    return b, c, float(binomtest(b, b + c, 0.5).pvalue)
