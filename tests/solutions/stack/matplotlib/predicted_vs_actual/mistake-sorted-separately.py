# expect: sorting or shuffling y_true and y_pred separately breaks the pairs
# Both arrays sorted on their own: every dot pairs values of different examples;
# the message only said the points differed.
import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    lo = min(y_true.min(), y_pred.min())
    hi = max(y_true.max(), y_pred.max())
    fig, ax = plt.subplots()
    ax.scatter(np.sort(y_true), np.sort(y_pred), label="predictions")
    ax.plot([lo, hi], [lo, hi], "--", label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    ax.legend()
    return fig
