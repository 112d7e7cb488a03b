# plt.show() and plt.close(fig) before returning: the closed figure still holds its axes.
import matplotlib.pyplot as plt
import numpy as np


def plot_learning_curves(train_loss, val_loss):
    epochs = np.arange(1, len(train_loss) + 1)
    fig, ax = plt.subplots()
    ax.plot(epochs, train_loss, label="train")
    ax.plot(epochs, val_loss, label="validation")
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves", yscale="log")
    ax.legend()
    plt.show()
    plt.close(fig)
    return fig
