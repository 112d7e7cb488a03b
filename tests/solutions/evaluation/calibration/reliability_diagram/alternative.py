import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    # A loop over the bins with boolean masks; the last bin is closed on the right.
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    xs, ys = [], []
    for b in range(n_bins):
        upper = probs <= edges[b + 1] if b == n_bins - 1 else probs < edges[b + 1]
        inside = (probs >= edges[b]) & upper
        if inside.any():
            xs.append(probs[inside].mean())
            ys.append(y[inside].mean())
    fig = plt.figure()
    ax = fig.add_subplot()
    ax.plot([0.0, 1.0], [0.0, 1.0], "k:", label="perfect calibration")
    ax.plot(xs, ys, "o-", label="model")
    ax.set_xlabel("mean predicted probability")
    ax.set_ylabel("observed frequency")
    ax.set_title("Reliability diagram")
    ax.legend(loc="upper left")
    return fig
