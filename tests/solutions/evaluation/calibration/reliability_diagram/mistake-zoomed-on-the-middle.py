# expect: the x axis shows only 0.1 to 0.9, which hides \d+ data points?: the line 'perfect calibration' reaches x = 0
import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    bins = np.minimum((probs * n_bins).astype(int), n_bins - 1)
    full = [b for b in range(n_bins) if (bins == b).any()]
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], linestyle="--", label="perfect calibration")
    ax.plot([probs[bins == b].mean() for b in full], [y[bins == b].mean() for b in full],
            marker="o", label="model")
    # zoomed on the middle, where most predictions are: the confident bins, where
    # over-confident models go wrong, fall outside the view
    ax.set_xlim(0.1, 0.9)
    ax.set_ylim(0.1, 0.9)
    ax.set(xlabel="mean predicted probability", ylabel="observed frequency",
           title="Reliability diagram")
    ax.legend()
    return fig
