# expect: holds no bars: draw the histogram as bars.*histtype='bar'
# histtype="step" draws an outline, no bars: it failed before too, but only with
# "expected 1 bar series, got 0", which did not say what to change.
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
        v = X[:, j]
        ax.hist(v[~np.isnan(v)], bins=20, histtype="step")
        ax.set(title=names[j], xlabel="value", ylabel="count")
    fig.suptitle("Feature distributions")
    return fig
