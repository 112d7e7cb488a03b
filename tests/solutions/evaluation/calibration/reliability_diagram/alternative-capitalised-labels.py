# Line labels capitalised ("Perfect calibration", "Model"): the legend and the texts are
# compared without case. Before the fix the lines were refused: "the line 'perfect
# calibration' is missing: label it 'perfect calibration'".
import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    bins = np.clip(np.floor(probs * n_bins).astype(int), 0, n_bins - 1)
    xs, ys = [], []
    for b in np.unique(bins):  # sorted, and only the bins that hold a prediction
        xs.append(probs[bins == b].mean())
        ys.append(y[bins == b].mean())
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1], "--", label="Perfect calibration")
    ax.plot(xs, ys, marker="o", label="Model")
    ax.set_xlabel("Mean predicted probability")
    ax.set_ylabel("Observed frequency")
    ax.set_title("Reliability diagram")
    ax.legend()
    return fig
