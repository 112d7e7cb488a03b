import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    # pyplot, equal aspect and limits, grid.
    lo = float(np.min([y_true.min(), y_pred.min()]))
    hi = float(np.max([y_true.max(), y_pred.max()]))
    fig = plt.figure(figsize=(5, 5))
    plt.scatter(y_true, y_pred, s=10, marker="x", color="C2", label="predictions")
    plt.plot([lo, hi], [lo, hi], color="r", label="perfect prediction")
    plt.xlabel("actual"); plt.ylabel("predicted"); plt.title("Predicted vs actual")
    plt.legend(loc="best")
    plt.axis("equal")
    plt.grid(True)
    plt.xlim(lo, hi); plt.ylim(lo, hi)
    return fig
