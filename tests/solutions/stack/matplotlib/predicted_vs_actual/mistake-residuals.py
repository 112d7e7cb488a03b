# expect: y is the residual
# The residual on y instead of the prediction; the message only said the points differed.
import matplotlib.pyplot as plt


def plot_predicted_vs_actual(y_true, y_pred):
    lo = min(y_true.min(), y_pred.min())
    hi = max(y_true.max(), y_pred.max())
    fig, ax = plt.subplots()
    ax.scatter(y_true, y_pred - y_true, label="predictions")
    ax.plot([lo, hi], [lo, hi], "--", label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    ax.legend()
    return fig
