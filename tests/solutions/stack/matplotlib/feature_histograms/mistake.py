# expect: remove the unused cells
import math

import matplotlib.pyplot as plt
import numpy as np


def plot_feature_histograms(X, names):
    d = X.shape[1]
    ncols = min(3, d)
    nrows = math.ceil(d / ncols)
    fig, axes = plt.subplots(nrows, ncols, squeeze=False)
    for j, ax in enumerate(axes.flat[:d]):
        values = X[:, j]
        ax.hist(values[~np.isnan(values)], bins=20)
        ax.set(title=names[j], xlabel="value", ylabel="count")
    fig.suptitle("Feature distributions")
    return fig
