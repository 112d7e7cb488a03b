# expect: figure's title \(fig.suptitle\); the statement asks for the axes' title
# The title put on the figure where the statement asks for the axes' title. It failed
# before too, but with "the title should be ..., it is empty", which puzzles a learner who set one.
import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    lo = min(y_true.min(), y_pred.min())
    hi = max(y_true.max(), y_pred.max())
    fig, ax = plt.subplots()
    ax.scatter(y_true, y_pred, label="predictions")
    ax.plot([lo, hi], [lo, hi], label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted")
    fig.suptitle("Predicted vs actual")
    ax.legend()
    return fig
