# expect: drawn as a line: use ax\.scatter
import matplotlib.pyplot as plt


def plot_predicted_vs_actual(y_true, y_pred):
    lo = min(y_true.min(), y_pred.min())
    hi = max(y_true.max(), y_pred.max())
    fig, ax = plt.subplots()
    ax.plot(y_true, y_pred, label="predictions")
    ax.plot([lo, hi], [lo, hi], linestyle="--", label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    ax.legend()
    return fig
