import math

import matplotlib.pyplot as plt
import numpy as np


def plot_feature_histograms(X, names):
    # The leftover cells removed with ax.remove(); constrained layout; 1-D axes array.
    d = X.shape[1]
    ncols = min(3, d)
    nrows = -(-d // ncols)
    fig, axes = plt.subplots(nrows, ncols, squeeze=False, constrained_layout=True)
    axes = axes.ravel()
    for ax in axes[d:]:
        ax.remove()
    for j in range(d):
        col = X[:, j].copy()
        col = col[~np.isnan(col)]
        axes[j].hist(col, bins=20, range=(col.min(), col.max()), color="steelblue",
                     edgecolor="white")
        axes[j].set_title(names[j])
        axes[j].set_xlabel("value")
        axes[j].set_ylabel("count")
        axes[j].grid(alpha=0.2)
    fig.suptitle("Feature distributions")
    return fig
