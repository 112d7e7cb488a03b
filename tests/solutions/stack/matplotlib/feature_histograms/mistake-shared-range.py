# expect: do not span its own values
# One range for all features: the bins of each feature miss its own range; the message only
# said the x data differed.
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
    lo, hi = np.nanmin(X), np.nanmax(X)
    for j in range(d):
        v = X[:, j][~np.isnan(X[:, j])]
        axes[j].hist(v, bins=20, range=(lo, hi))
        axes[j].set(title=names[j], xlabel="value", ylabel="count")
    fig.suptitle("Feature distributions")
    return fig
