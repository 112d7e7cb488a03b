# expect: right but reversed
# The diagonal drawn from (hi, hi) to (lo, lo), where the statement asks for (lo, lo) first;
# the message only said the x data differed.
import matplotlib.pyplot as plt


def plot_predicted_vs_actual(y_true, y_pred):
    lo = min(y_true.min(), y_pred.min())
    hi = max(y_true.max(), y_pred.max())
    fig, ax = plt.subplots()
    ax.scatter(y_true, y_pred, label="predictions")
    ax.plot([hi, lo], [hi, lo], "--", label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    ax.legend()
    return fig
