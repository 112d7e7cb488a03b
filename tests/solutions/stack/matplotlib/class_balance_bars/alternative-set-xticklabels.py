import matplotlib.pyplot as plt
import numpy as np


def plot_class_counts(labels, class_names):
    # Bars by number, names set with set_xticks + set_xticklabels, bar_label and a grid.
    k = len(class_names)
    counts = np.zeros(k, dtype=int)
    for label in labels:
        counts[label] += 1
    fig, ax = plt.subplots(figsize=(6, 4))
    bars = ax.bar(np.arange(k), counts, width=0.6, color="tab:orange", edgecolor="k")
    ax.set_xticks(np.arange(k))
    ax.set_xticklabels(class_names, rotation=45)
    ax.bar_label(bars)
    ax.grid(axis="y", alpha=0.3)
    ax.set_xlabel("class")
    ax.set_ylabel("examples")
    ax.set_title("Class balance")
    fig.tight_layout()
    return fig
