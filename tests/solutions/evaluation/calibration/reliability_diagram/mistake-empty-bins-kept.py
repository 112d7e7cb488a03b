# expect: skip the empty bins
# Every bin gets a point, the empty ones as 0/0 = NaN; the message only gave the shapes.
import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    b = np.minimum((probs * n_bins).astype(int), n_bins - 1)
    with np.errstate(all="ignore"):
        cnt = np.bincount(b, minlength=n_bins)
        xs = np.bincount(b, probs, n_bins) / cnt
        ys = np.bincount(b, y, n_bins) / cnt
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], "--", label="perfect calibration")
    ax.plot(xs, ys, marker="o", label="model")
    ax.set(
        xlabel="mean predicted probability",
        ylabel="observed frequency",
        title="Reliability diagram",
    )
    ax.legend()
    return fig
