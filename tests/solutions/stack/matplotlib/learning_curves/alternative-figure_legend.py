import matplotlib.pyplot as plt
import numpy as np


def plot_learning_curves(train_loss, val_loss):
    # One legend for the whole figure (fig.legend) instead of one on the axes.
    epochs = np.arange(1, len(train_loss) + 1)
    fig, ax = plt.subplots()
    ax.plot(epochs, train_loss, label="train")
    ax.plot(epochs, val_loss, label="validation")
    ax.set_yscale("log")
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves")
    fig.legend(loc="upper right")
    return fig
