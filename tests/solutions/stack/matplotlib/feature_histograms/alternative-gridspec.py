import math

import matplotlib.pyplot as plt
import numpy as np


def plot_feature_histograms(X, names):
    # A GridSpec, filled cell by cell.
    d = X.shape[1]
    ncols = min(3, d)
    nrows = math.ceil(d / ncols)
    fig = plt.figure()
    gs = fig.add_gridspec(nrows, ncols)
    for j in range(d):
        ax = fig.add_subplot(gs[j // ncols, j % ncols])
        v = X[:, j]
        ax.hist(v[~np.isnan(v)], 20)
        ax.set(title=names[j], xlabel="value", ylabel="count")
    fig.suptitle("Feature distributions")
    return fig
