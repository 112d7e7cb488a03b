# expect: the x axis shows only \S+ to \S+, which hides \d+ data points?: a bar reaches x =
import math

import matplotlib.pyplot as plt
import numpy as np


def plot_feature_histograms(X, names):
    d = X.shape[1]
    ncols = min(3, d)
    nrows = math.ceil(d / ncols)
    fig, axes = plt.subplots(nrows, ncols, squeeze=False)
    for j, ax in enumerate(axes.flat):
        if j >= d:
            fig.delaxes(ax)
            continue
        v = X[:, j][~np.isnan(X[:, j])]
        ax.hist(v, bins=20)
        # the view trimmed to the 1st..99th percentile "to remove outliers": the tails,
        # a skew or a sentinel spike, are what the histogram was for
        ax.set_xlim(np.percentile(v, 1), np.percentile(v, 99))
        ax.set(title=names[j], xlabel="value", ylabel="count")
    fig.suptitle("Feature distributions")
    return fig
