# expect: 'model' has the wrong x data
import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    # Puts each point at its bin's centre instead of the mean predicted probability.
    bins = np.minimum((probs * n_bins).astype(int), n_bins - 1)
    count = np.bincount(bins, minlength=n_bins)
    positives = np.bincount(bins, weights=y, minlength=n_bins)
    centres = (np.arange(n_bins) + 0.5) / n_bins
    full = count > 0
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], label="perfect calibration")
    ax.plot(centres[full], positives[full] / count[full], marker="o", label="model")
    ax.set(xlabel="mean predicted probability", ylabel="observed frequency",
           title="Reliability diagram")
    ax.legend()
    return fig
