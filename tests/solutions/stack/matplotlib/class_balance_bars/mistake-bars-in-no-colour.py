# expect: expected 1 bar series, got 0: 1 more bar series is on the axes but shows nothing
import matplotlib.pyplot as plt
import numpy as np


def plot_class_counts(labels, class_names):
    counts = np.bincount(labels, minlength=len(class_names))
    fig, ax = plt.subplots()
    # bars with neither a face nor an edge: the axes stays empty. It once passed as drawn.
    ax.bar(class_names, counts, color="none")
    ax.set(xlabel="class", ylabel="examples", title="Class balance")
    return fig
