"""`np.bincount(labels, minlength=k)` counts every class index 0..k-1 in one pass and,
thanks to `minlength`, keeps the classes that never occur (and the trailing ones) as
zeros; bars drawn over `class_names` stay in the dataset's own class order, so
charts of the train and test splits line up bar for bar. The usual slips are
`np.unique(labels, return_counts=True)` or `collections.Counter`, which silently drop
the empty classes (the very thing the chart should reveal), sorting bars by count,
and `ax.hist(labels)`, whose default 10 bins do not line up with the classes.
"""

import matplotlib.pyplot as plt
import numpy as np


def plot_class_counts(labels: np.ndarray, class_names: list[str]) -> plt.Figure:
    counts = np.bincount(labels, minlength=len(class_names))
    fig, ax = plt.subplots()
    ax.bar(class_names, counts)
    ax.set(xlabel="class", ylabel="examples", title="Class balance")
    return fig
