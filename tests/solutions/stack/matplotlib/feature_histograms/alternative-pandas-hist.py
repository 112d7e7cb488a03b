import math

import matplotlib.pyplot as plt
import pandas as pd


def plot_feature_histograms(X, names):
    # pandas DataFrame.hist on the grid's first d cells (it drops NaN itself).
    d = X.shape[1]
    ncols = min(3, d)
    nrows = math.ceil(d / ncols)
    fig, axes = plt.subplots(nrows, ncols, squeeze=False)
    cells = axes.flatten()
    for ax in cells[d:]:
        fig.delaxes(ax)
    pd.DataFrame(X, columns=names).hist(bins=20, ax=cells[:d], grid=False)
    for ax, name in zip(cells[:d], names):
        ax.set(title=name, xlabel="value", ylabel="count")
    fig.suptitle("Feature distributions")
    return fig
