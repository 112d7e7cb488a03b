# expect: the bar over '\w+' is \d+ high, where the bar of '\w+' should be \d+ high
import matplotlib.pyplot as plt
import numpy as np


def plot_class_counts(labels, class_names):
    # The bars are in class order, but the names written under them are sorted.
    counts = np.bincount(labels, minlength=len(class_names))
    fig, ax = plt.subplots()
    ax.bar(range(len(counts)), counts)
    ax.set_xticks(range(len(counts)), sorted(class_names))
    ax.set(xlabel="class", ylabel="examples", title="Class balance")
    return fig
