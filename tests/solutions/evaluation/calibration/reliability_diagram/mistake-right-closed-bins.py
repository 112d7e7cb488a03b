# expect: on an inner edge.*belongs to the bin above it
# Right-closed bins, as sklearn's calibration_curve (np.searchsorted side="left") and
# np.digitize(..., right=True) make them: a probability exactly on b/B falls into the
# bin below it, where the statement's bins [b/B, (b+1)/B) put it in the bin above.
import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    inner = np.linspace(0.0, 1.0, n_bins + 1)[1:-1]
    bins = np.searchsorted(inner, probs)  # side="left": 0.25 with 4 bins lands in bin 0
    xs, ys = [], []
    for b in range(n_bins):
        members = bins == b
        if members.any():
            xs.append(probs[members].mean())
            ys.append(y[members].mean())
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], linestyle=":", label="perfect calibration")
    ax.plot(xs, ys, marker="o", label="model")
    ax.set(xlabel="mean predicted probability", ylabel="observed frequency",
           title="Reliability diagram")
    ax.legend()
    return fig
