import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    # One square view from lo to hi on both axes, exactly: every dot lies inside it, on
    # its edge at worst, since lo and hi are taken over both arrays. Hollow dots.
    lo = float(np.min([y_true.min(), y_pred.min()]))
    hi = float(np.max([y_true.max(), y_pred.max()]))
    fig, ax = plt.subplots()
    ax.scatter(y_true, y_pred, facecolors="none", edgecolors="C0", label="predictions")
    ax.plot([lo, hi], [lo, hi], color="grey", label="perfect prediction")
    ax.set_xlim(lo, hi)
    ax.set_ylim(lo, hi)
    ax.set_aspect("equal", adjustable="box")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    ax.legend()
    return fig
