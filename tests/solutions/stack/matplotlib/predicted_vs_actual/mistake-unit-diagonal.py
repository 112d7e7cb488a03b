# expect: diagonal runs from 0 to 1
# A unit diagonal for data that are not in [0, 1]; the message only said the x data differed.
import matplotlib.pyplot as plt


def plot_predicted_vs_actual(y_true, y_pred):
    fig, ax = plt.subplots()
    ax.scatter(y_true, y_pred, label="predictions")
    ax.plot([0, 1], [0, 1], "--", label="perfect prediction")
    ax.set(xlabel="actual", ylabel="predicted", title="Predicted vs actual")
    ax.legend()
    return fig
