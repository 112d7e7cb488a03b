import numpy as np
from matplotlib.figure import Figure


def plot_class_counts(labels, class_names):
    # Count with one comparison per class, and place the bars by number with the
    # names as tick labels: bar i still sits at x = i.
    counts = [int(np.count_nonzero(labels == i)) for i in range(len(class_names))]
    fig = Figure()
    ax = fig.add_subplot()
    ax.bar(range(len(class_names)), counts, tick_label=class_names)
    ax.set_xlabel("class")
    ax.set_ylabel("examples")
    ax.set_title("Class balance")
    return fig
