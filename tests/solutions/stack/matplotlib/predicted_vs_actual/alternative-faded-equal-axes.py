import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    # Each dot faded by how small its error is (one alpha per point), the pyplot state
    # API, equal units on both axes, and the diagonal under the dots.
    lo = min(y_true.min(), y_pred.min())
    hi = max(y_true.max(), y_pred.max())
    error = np.abs(y_pred - y_true)
    fig = plt.figure(figsize=(5, 5))
    plt.scatter(y_true, y_pred, alpha=0.3 + 0.7 * error / max(error.max(), 1e-12),
                label="predictions", zorder=3)
    plt.plot([lo, hi], [lo, hi], "k--", label="perfect prediction", zorder=1)
    ax = plt.gca()
    ax.axis("equal")
    ax.grid(True)
    plt.xlabel("actual")
    plt.ylabel("predicted")
    plt.title("Predicted vs actual")
    plt.legend()
    plt.tight_layout()
    return fig
