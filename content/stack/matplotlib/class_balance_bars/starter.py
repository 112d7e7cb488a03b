import matplotlib.pyplot as plt
import numpy as np


def plot_class_counts(labels: np.ndarray, class_names: list[str]) -> plt.Figure:
    """One bar per class (in the order of class_names, empty classes included) with its
    number of examples. Return the Figure."""
    fig, ax = plt.subplots()
    # TODO: count the examples of every class 0 .. len(class_names) - 1,
    # draw one bar per class, and set the x label, y label and title.
    return fig
