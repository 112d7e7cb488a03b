# expect: T should be a float, not int
"""Snaps T to the end of the interval with an int literal: T = 20 is the right value where
the NLL falls past the end, but the statement asks for three floats."""
import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax


def fit_temperature(logits, y):
    rows = np.arange(len(y))

    def nll(t):
        return float(-log_softmax(logits / t, axis=1)[rows, y].mean())

    t = float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)
    if t > 19.99:
        t = 20  # the minimum lies past the end
    return t, nll(1.0), nll(t)
