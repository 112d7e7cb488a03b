# pyplot throughout, the one axes titled through the figure (plt.suptitle), as "title it"
# allows. Before the fix it was refused with "the title should be ..., it is empty".
import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    bins = np.minimum((probs * n_bins).astype(int), n_bins - 1)
    count = np.bincount(bins, minlength=n_bins)
    mean_prob = np.bincount(bins, weights=probs, minlength=n_bins)
    positives = np.bincount(bins, weights=y, minlength=n_bins)
    full = count > 0
    plt.figure()
    plt.plot([0, 1], [0, 1], "--", label="perfect calibration")
    plt.plot(mean_prob[full] / count[full], positives[full] / count[full], "o-", label="model")
    plt.xlabel("mean predicted probability")
    plt.ylabel("observed frequency")
    plt.suptitle("Reliability diagram")
    plt.legend()
    return plt.gcf()
