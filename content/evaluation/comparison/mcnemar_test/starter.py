import numpy as np


def mcnemar_test(y_true, pred_a, pred_b) -> tuple[int, int, float]:
    """Exact McNemar test of two classifiers scored on the same rows.

    Returns (b, c, p): b = rows only A gets right, c = rows only B gets right, and
    the exact two-sided binomial p-value (1.0 when b + c == 0).
    """
    # TODO: find the rows where exactly one model is right, then the binomial tail.
    raise NotImplementedError("mcnemar_test is not written yet")
