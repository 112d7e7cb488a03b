# expect: inverse of the right temperature|multiply
import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax


def fit_temperature(logits, y):
    # Multiplies the logits by T instead of dividing them.
    rows = np.arange(len(y))

    def nll(t):
        return float(-log_softmax(logits * t, axis=1)[rows, y].mean())

    best = minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded", options={"xatol": 1e-7})
    return float(best.x), nll(1.0), nll(float(best.x))
