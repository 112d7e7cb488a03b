# expect: the y axis runs downward \(inverted\)
import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    both = np.concatenate([y_true, y_pred])
    lo, hi = both.min(), both.max()
    fig, ax = plt.subplots()
    ax.scatter(y_true, y_pred, label="predictions")
    ax.plot([lo, hi], [lo, hi], linestyle="--", label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    ax.invert_yaxis()
    ax.legend()
    return fig
