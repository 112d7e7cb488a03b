import math

import matplotlib.pyplot as plt
import numpy as np


def plot_feature_histograms(X, names):
    # NaNs left in, with the range given: np.histogram counts only the values inside it,
    # so they drop out. The x view is each feature's range exactly, the y view starts at 0,
    # and the spare cells are hidden rather than removed.
    d = X.shape[1]
    ncols = min(3, d)
    nrows = math.ceil(d / ncols)
    fig, axes = plt.subplots(nrows, ncols, squeeze=False)
    fig.set_size_inches(4 * ncols, 3 * nrows)
    for j, ax in enumerate(axes.flat):
        if j >= d:
            ax.set_visible(False)
            continue
        low, high = np.nanmin(X[:, j]), np.nanmax(X[:, j])
        ax.hist(X[:, j], bins=20, range=(low, high), color=f"C{j % 10}", zorder=2)
        ax.set_xlim(low, high)
        ax.set_ylim(bottom=0)
        ax.grid(True, zorder=0)
        ax.set(title=names[j], xlabel="value", ylabel="count")
    fig.suptitle("Feature distributions")
    fig.tight_layout()
    return fig
