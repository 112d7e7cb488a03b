# expect: axis shows only \S+ to \S+, which hides \d+ data points?
import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    both = np.concatenate([y_true, y_pred])
    lo, hi = both.min(), both.max()
    fig, ax = plt.subplots()
    ax.scatter(y_true, y_pred, label="predictions")
    ax.plot([lo, hi], [lo, hi], linestyle="--", label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    # a square view over the actual values: predictions beyond them are cut off
    ax.set_xlim(y_true.min(), y_true.max())
    ax.set_ylim(y_true.min(), y_true.max())
    ax.legend()
    return fig
