import math

import matplotlib.pyplot as plt
import numpy as np


def plot_feature_histograms(X, names):
    # The spare cells turned off and left empty: they draw nothing, as removed ones.
    # Each histogram fills its axes (tight limits) and all share one y scale.
    d = X.shape[1]
    ncols = min(3, d)
    nrows = math.ceil(d / ncols)
    fig, axes = plt.subplots(nrows, ncols, squeeze=False, sharey=True, layout="constrained")
    for j, ax in enumerate(axes.flat):
        if j >= d:
            ax.axis("off")
            continue
        v = X[:, j]
        ax.hist(v[~np.isnan(v)], bins=20, alpha=0.5, edgecolor="k")
        ax.autoscale(tight=True)
        ax.set(title=names[j], xlabel="value", ylabel="count")
    fig.suptitle("Feature distributions")
    return fig
