# expect: a line through data points .* ax\.axline, through \(0, 0\) with slope 2
import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    # A "diagonal" of slope 2: ax.axline's points are not its data.
    bins = np.minimum((probs * n_bins).astype(int), n_bins - 1)
    count = np.bincount(bins, minlength=n_bins)
    mean_prob = np.bincount(bins, weights=probs, minlength=n_bins)
    positives = np.bincount(bins, weights=y, minlength=n_bins)
    full = count > 0
    fig, ax = plt.subplots()
    ax.axline((0, 0), slope=2, linestyle="--", label="perfect calibration")
    ax.plot(mean_prob[full] / count[full], positives[full] / count[full], marker="o",
            label="model")
    ax.set(xlabel="mean predicted probability", ylabel="observed frequency",
           title="Reliability diagram")
    ax.legend()
    return fig
