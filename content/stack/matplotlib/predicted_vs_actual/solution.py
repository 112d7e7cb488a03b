"""Two continuous quantities measured on the same examples call for a scatter plot,
one dot per example, with the diagonal $y = x$ as the reference: dots on it are
perfect predictions, dots above it over-predictions, below it under-predictions,
and a fan shape shows errors that grow with the target. The diagonal must span
the range of **both** variables, or the dots beyond its end have no reference.

Common slips: `ax.plot(y_true, y_pred)` without a marker style, which joins the
points in data order into a meaningless zigzag; swapping the axes (by convention
the actual value is on x); and drawing the diagonal from 0 to 1 or over `y_true`
alone.
"""

import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true: np.ndarray, y_pred: np.ndarray) -> plt.Figure:
    lo = min(y_true.min(), y_pred.min())
    hi = max(y_true.max(), y_pred.max())
    fig, ax = plt.subplots()
    ax.scatter(y_true, y_pred, label="predictions")
    ax.plot([lo, hi], [lo, hi], linestyle="--", label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    ax.legend()
    return fig
