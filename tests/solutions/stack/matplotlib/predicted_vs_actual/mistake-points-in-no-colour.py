# expect: expected 1 scatter series, got 0: 1 more scatter series is on the axes but shows nothing
# The dots drawn in no colour: the figure shows the diagonal alone. It passed once, as if
# the dots were drawn, and the diagnosis then said they were "drawn as a line".
import matplotlib.pyplot as plt


def plot_predicted_vs_actual(y_true, y_pred):
    lo = min(y_true.min(), y_pred.min())
    hi = max(y_true.max(), y_pred.max())
    fig, ax = plt.subplots()
    ax.scatter(y_true, y_pred, color="none", label="predictions")
    ax.plot([lo, hi], [lo, hi], linestyle="--", label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    ax.legend()
    return fig
