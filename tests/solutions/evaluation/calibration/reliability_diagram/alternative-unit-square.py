import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    # The unit square as the view, exactly: no point falls outside [0, 1] on either
    # axis, so nothing is hidden, even a bin whose mean is 0 or 1. Markers only for the
    # model, the diagonal behind them, equal units on both axes.
    bins = np.minimum((probs * n_bins).astype(int), n_bins - 1)
    full = [b for b in range(n_bins) if (bins == b).any()]
    mean_prob = [probs[bins == b].mean() for b in full]
    observed = [y[bins == b].mean() for b in full]
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], "k:", label="perfect calibration", zorder=1)
    ax.plot(mean_prob, observed, linestyle="none", marker="o", label="model", zorder=3)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_aspect("equal")
    ax.grid(True)
    ax.set(xlabel="mean predicted probability", ylabel="observed frequency",
           title="Reliability diagram")
    ax.legend(loc="upper left")
    return fig
