# expect: no examples still needs its bar
import matplotlib.pyplot as plt
import numpy as np


def plot_class_counts(labels, class_names):
    present, counts = np.unique(labels, return_counts=True)
    fig, ax = plt.subplots()
    ax.bar([class_names[i] for i in present], counts)
    ax.set(xlabel="class", ylabel="examples", title="Class balance")
    return fig
