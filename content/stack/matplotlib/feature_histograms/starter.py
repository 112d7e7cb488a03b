import math

import matplotlib.pyplot as plt
import numpy as np


def plot_feature_histograms(X: np.ndarray, names: list[str]) -> plt.Figure:
    """One histogram per feature (column of X), in a grid of at most 3 columns.

    Return the Figure, holding exactly one axes per feature.
    """
    d = X.shape[1]
    fig = plt.figure()
    # TODO: make a grid of subplots (at most 3 per row), draw each feature's histogram
    # (20 bins, missing values dropped), label and title each axes, remove the unused
    # cells, and give the figure its title.
    return fig
