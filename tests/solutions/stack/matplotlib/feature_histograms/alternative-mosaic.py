# plt.subplot_mosaic with '.' for the cells left empty: exactly d axes, each in its cell.
import math

import matplotlib.pyplot as plt
import numpy as np


def plot_feature_histograms(X, names):
    d = X.shape[1]
    ncols = min(3, d)
    nrows = math.ceil(d / ncols)
    layout = [[r * ncols + c if r * ncols + c < d else "." for c in range(ncols)]
              for r in range(nrows)]
    fig, axd = plt.subplot_mosaic(layout)
    for j in range(d):
        v = X[:, j][~np.isnan(X[:, j])]
        axd[j].hist(v, bins=20)
        axd[j].set(title=names[j], xlabel="value", ylabel="count")
    fig.suptitle("Feature distributions")
    return fig
