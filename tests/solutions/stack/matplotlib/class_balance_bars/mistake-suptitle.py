# expect: figure's title \(fig.suptitle\); the statement asks for the axes' title
# The title put on the figure where the statement asks for the axes' title. It failed
# before too, but with "the title should be ..., it is empty", which puzzles a learner who set one.
import matplotlib.pyplot as plt
import numpy as np


def plot_class_counts(labels, class_names):
    counts = np.bincount(labels, minlength=len(class_names))
    fig, ax = plt.subplots()
    ax.bar(class_names, counts)
    ax.set(xlabel="class", ylabel="examples")
    fig.suptitle("Class balance")
    return fig
