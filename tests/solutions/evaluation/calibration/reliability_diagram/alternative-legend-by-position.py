import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    # Labels given to the legend by position; np.digitize with the inner edges.
    bins = np.digitize(probs, np.linspace(0, 1, n_bins + 1)[1:-1])
    xs = [probs[bins == b].mean() for b in range(n_bins) if np.any(bins == b)]
    ys = [y[bins == b].mean() for b in range(n_bins) if np.any(bins == b)]
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], "k--")
    ax.plot(xs, ys, "o-")
    ax.set(xlabel="mean predicted probability", ylabel="observed frequency",
           title="Reliability diagram")
    ax.legend(["perfect calibration", "model"])
    fig.suptitle("Calibration check")
    return fig
