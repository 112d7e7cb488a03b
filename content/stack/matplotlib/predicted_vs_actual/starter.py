import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true: np.ndarray, y_pred: np.ndarray) -> plt.Figure:
    """A regression model's predictions against the true values, with the y = x line."""
    fig, ax = plt.subplots()
    # TODO: one dot per example (actual on x, predicted on y), the diagonal y = x over
    # the range of both arrays, labels, title and legend.
    return fig
