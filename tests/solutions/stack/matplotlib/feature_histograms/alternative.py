import math

import matplotlib.pyplot as plt
import numpy as np


def plot_feature_histograms(X, names):
    # Add exactly one subplot per feature instead of making the full grid and
    # deleting the leftovers: add_subplot numbers cells row by row from 1.
    d = X.shape[1]
    ncols = min(3, d)
    nrows = math.ceil(d / ncols)
    fig = plt.figure(figsize=(4 * ncols, 3 * nrows))
    for j, name in enumerate(names):
        ax = fig.add_subplot(nrows, ncols, j + 1)
        column = X[:, j]
        ax.hist(column[np.isfinite(column)], bins=20)
        ax.set_title(name)
        ax.set_xlabel("value")
        ax.set_ylabel("count")
    fig.suptitle("Feature distributions")
    return fig
