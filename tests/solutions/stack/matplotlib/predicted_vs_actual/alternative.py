import matplotlib.pyplot as plt
import numpy as np


def plot_predicted_vs_actual(y_true, y_pred):
    both = np.concatenate([y_true, y_pred])
    ends = np.array([both.min(), both.max()])
    fig = plt.figure()
    ax = fig.add_subplot()
    ax.plot(ends, ends, color="grey", linewidth=1, label="perfect prediction")
    ax.scatter(x=y_true, y=y_pred, s=12, alpha=0.7, label="predictions")
    ax.set_xlabel("actual")
    ax.set_ylabel("predicted")
    ax.set_title("Predicted vs actual")
    ax.legend()
    return fig
