# expect: not in the order given
# The (actual, predicted) pairs sorted by the actual value: the same dots, but not in the
# order the statement asks for; the message only said the points differed.
import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    order = np.argsort(y_true)
    lo = min(y_true.min(), y_pred.min())
    hi = max(y_true.max(), y_pred.max())
    fig, ax = plt.subplots()
    ax.scatter(y_true[order], y_pred[order], label="predictions")
    ax.plot([lo, hi], [lo, hi], "--", label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    ax.legend()
    return fig
