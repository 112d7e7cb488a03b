# expect: diagram with 5 bins; called without n_bins, .*default, n_bins=10
# A default of 5 bins; the message only gave the shapes.
import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=5):
    b = np.minimum((probs * n_bins).astype(int), n_bins - 1)
    full = [k for k in range(n_bins) if (b == k).any()]
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], "--", label="perfect calibration")
    ax.plot(
        [probs[b == k].mean() for k in full],
        [y[b == k].mean() for k in full],
        marker="o",
        label="model",
    )
    ax.set(
        xlabel="mean predicted probability",
        ylabel="observed frequency",
        title="Reliability diagram",
    )
    ax.legend()
    return fig
