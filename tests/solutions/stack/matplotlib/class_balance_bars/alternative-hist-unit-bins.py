# ax.hist with one unit-wide bin centred on each class: a bar series with bar i at x = i,
# as ax.bar(class_names, counts) draws it, empty classes included.
import matplotlib.pyplot as plt
import numpy as np


def plot_class_counts(labels, class_names):
    # ax.hist with one unit-wide bin centred on each class index, names as tick labels.
    k = len(class_names)
    fig, ax = plt.subplots()
    ax.hist(labels, bins=np.arange(k + 1) - 0.5, rwidth=0.8)
    ax.set_xticks(range(k), class_names)
    ax.set(xlabel="class", ylabel="examples", title="Class balance")
    return fig
