"""`plt.subplots(nrows, ncols)` makes the whole grid at once; `axes.flat` walks it
in row-major order, so feature j lands in cell j, and the cells left over at the
end of the last row are removed with `fig.delaxes`, so the figure holds exactly
one axes per feature. Each feature's NaNs are dropped first: `ax.hist` cannot
choose a range for data containing NaN and raises. A histogram (not a line or a
bar chart of raw values) is the chart for one variable's distribution, and 20
bins over each feature's own range show its shape.

Common slips: keeping the empty cells (the grid then shows blank frames with
axis ticks, which look like features with no data); overlaying every feature on
one axes, where features on different scales hide each other; letting `hist`
choose its default 10 bins; and `np.nan_to_num`, which turns missing values into
a fake spike at 0.
"""

import math

import matplotlib.pyplot as plt
import numpy as np


def plot_feature_histograms(X: np.ndarray, names: list[str]) -> plt.Figure:
    d = X.shape[1]
    ncols = min(3, d)
    nrows = math.ceil(d / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(4 * ncols, 3 * nrows), squeeze=False)
    for j, ax in enumerate(axes.flat):
        if j >= d:
            fig.delaxes(ax)
            continue
        values = X[:, j]
        ax.hist(values[~np.isnan(values)], bins=20)
        ax.set(title=names[j], xlabel="value", ylabel="count")
    fig.suptitle("Feature distributions")
    return fig
