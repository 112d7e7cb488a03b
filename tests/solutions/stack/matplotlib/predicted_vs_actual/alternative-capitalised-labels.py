# Labels capitalised ("Predictions", "Perfect prediction"): the legend and the texts are
# compared without case. Before the fix the artists were refused: "the line 'perfect
# prediction' is missing: label it 'perfect prediction'".
import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    lo, hi = np.min([y_true.min(), y_pred.min()]), np.max([y_true.max(), y_pred.max()])
    fig, ax = plt.subplots()
    ax.scatter(y_true, y_pred, label="Predictions")
    ax.plot([lo, hi], [lo, hi], "r--", label="Perfect prediction")
    ax.set(xlabel="Actual", ylabel="Predicted", title="Predicted vs Actual")
    ax.legend()
    return fig
