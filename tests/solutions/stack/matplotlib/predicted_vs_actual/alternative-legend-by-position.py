import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    # Labels given to the legend by position, in drawing order.
    both = np.r_[y_true, y_pred]
    lo, hi = both.min(), both.max()
    fig, ax = plt.subplots()
    ax.scatter(y_true, y_pred)
    ax.plot([lo, hi], [lo, hi], "--")
    ax.legend(["predictions", "perfect prediction"])
    ax.set_xlabel("actual"); ax.set_ylabel("predicted"); ax.set_title("Predicted vs actual")
    ax.set_aspect("equal", adjustable="datalim")
    return fig
