# expect: the y axis shows only \S+ to \S+, which hides \d+ data points: a bar reaches y = 0
import numpy as np
from matplotlib.figure import Figure


def plot_class_counts(labels, class_names):
    counts = np.bincount(labels, minlength=len(class_names))
    fig = Figure()
    ax = fig.add_subplot()
    ax.bar(class_names, counts)
    # zoomed in on the tops to make the differences "visible": the bars no longer
    # start at zero, so their lengths misstate the ratios between classes
    ax.set_ylim(counts.min() * 0.9 if counts.min() else 0.5, counts.max() * 1.05)
    ax.set(xlabel="class", ylabel="examples", title="Class balance")
    return fig
