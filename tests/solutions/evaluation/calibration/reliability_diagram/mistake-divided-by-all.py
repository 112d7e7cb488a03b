# expect: positives over all the predictions
# Wrong: each bin's positives divided by every prediction, not by the bin's own count.
import numpy as np
import matplotlib.pyplot as plt


def reliability_diagram(probs, y, n_bins=10):
    bins = np.minimum((probs * n_bins).astype(int), n_bins - 1)
    xs = [probs[bins == b].mean() for b in range(n_bins) if (bins == b).any()]
    ys = [y[bins == b].sum() / len(y) for b in range(n_bins) if (bins == b).any()]
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], label="perfect calibration")
    ax.plot(xs, ys, marker="o", label="model")
    ax.set_title("Reliability diagram")
    ax.legend()
    ax.set_xlabel("mean predicted probability")
    ax.set_ylabel("observed frequency")
    return fig
