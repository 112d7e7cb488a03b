import matplotlib.pyplot as plt
import numpy as np


def plot_class_counts(labels, class_names):
    # Hatched outlines with no fill, the view fitted tightly to the bars (down to their
    # base at 0, up to the tallest), each bar's count written on it, a grid behind.
    counts = np.bincount(labels, minlength=len(class_names))
    fig, ax = plt.subplots(figsize=(8, 3))
    bars = ax.bar(class_names, counts, fill=False, hatch="//", zorder=3)
    ax.bar_label(bars)
    ax.autoscale(tight=True)
    ax.set_ylim(0, counts.max())
    ax.grid(axis="y", zorder=0)
    ax.set(xlabel="class", ylabel="examples", title="Class balance")
    return fig
