# expect: is normalised: the y axis is a count
# density=True: the bars are densities, not counts; the message only said the heights differed.
import math

import matplotlib.pyplot as plt
import numpy as np


def plot_feature_histograms(X, names):
    d = X.shape[1]
    ncols = min(3, d)
    nrows = math.ceil(d / ncols)
    fig, axes = plt.subplots(nrows, ncols, squeeze=False)
    axes = axes.ravel()
    for ax in axes[d:]:
        fig.delaxes(ax)
    for j in range(d):
        v = X[:, j][~np.isnan(X[:, j])]
        axes[j].hist(v, bins=20, density=True)
        axes[j].set(title=names[j], xlabel="value", ylabel="count")
    fig.suptitle("Feature distributions")
    return fig
