# Dots coloured by their error, read on a colorbar: Matplotlib makes the colorbar an
# axes of its own, and before the fix the figure was refused for having 2 axes.
import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    # Dots coloured by their absolute error, with a colorbar to read it.
    lo = min(y_true.min(), y_pred.min())
    hi = max(y_true.max(), y_pred.max())
    fig, ax = plt.subplots()
    dots = ax.scatter(y_true, y_pred, c=np.abs(y_pred - y_true), cmap="viridis",
                      label="predictions")
    fig.colorbar(dots, ax=ax, label="absolute error")
    ax.plot([lo, hi], [lo, hi], "k--", label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    ax.legend()
    return fig
