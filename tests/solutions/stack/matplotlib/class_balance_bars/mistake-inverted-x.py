# expect: the x axis runs from right to left \(inverted\)
import numpy as np
from matplotlib.figure import Figure


def plot_class_counts(labels, class_names):
    counts = np.bincount(labels, minlength=len(class_names))
    fig = Figure()
    ax = fig.add_subplot()
    ax.bar(class_names, counts)
    ax.invert_xaxis()
    ax.set(xlabel="class", ylabel="examples", title="Class balance")
    return fig
