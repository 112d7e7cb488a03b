# expect: T should be a float, not ndarray
import numpy as np
from scipy.optimize import minimize
from scipy.special import log_softmax


def fit_temperature(logits, y):
    rows = np.arange(len(y))

    def nll(t):
        return float(-log_softmax(logits / t, axis=1)[rows, y].mean())

    # minimize() works on vectors: its x is an array of one value, not a float
    best = minimize(lambda t: nll(t[0]), x0=[1.0], bounds=[(0.05, 20.0)], method="Powell",
                    options={"xtol": 1e-9, "ftol": 1e-14})
    return best.x, nll(1.0), nll(best.x[0])
