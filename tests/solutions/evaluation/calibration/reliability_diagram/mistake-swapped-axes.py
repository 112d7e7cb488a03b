# expect: x and y are swapped
# Fraction of positives on x, mean probability on y; the message only said the x data differed.
import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    b = np.minimum((probs * n_bins).astype(int), n_bins - 1)
    full = [k for k in range(n_bins) if (b == k).any()]
    xs = np.array([probs[b == k].mean() for k in full])
    ys = np.array([y[b == k].mean() for k in full])
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], "--", label="perfect calibration")
    ax.plot(ys, xs, marker="o", label="model")
    ax.set(
        xlabel="mean predicted probability",
        ylabel="observed frequency",
        title="Reliability diagram",
    )
    ax.legend()
    return fig
