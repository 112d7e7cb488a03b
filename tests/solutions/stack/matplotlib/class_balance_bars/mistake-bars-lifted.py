# expect: bar series 1 has the wrong bottom data
import matplotlib.pyplot as plt
import numpy as np


def plot_class_counts(labels: np.ndarray, class_names: list[str]) -> plt.Figure:
    counts = np.bincount(labels, minlength=len(class_names))
    fig, ax = plt.subplots()
    # Every bar lifted by one so that an empty class still shows: the heights are
    # right, and every bar ends one example too high.
    ax.bar(class_names, counts, bottom=1)
    ax.set(xlabel="class", ylabel="examples", title="Class balance")
    return fig
