# The one axes titled through the figure (fig.suptitle), as "title it" allows: it reads
# the same. Before the fix it was refused with "the title should be ..., it is empty".
import matplotlib.pyplot as plt
import numpy as np


def plot_learning_curves(train_loss, val_loss):
    epochs = np.arange(1, len(train_loss) + 1)
    fig, ax = plt.subplots()
    ax.plot(epochs, train_loss, label="train")
    ax.plot(epochs, val_loss, label="validation")
    ax.set(xlabel="epoch", ylabel="loss", yscale="log")
    fig.suptitle("Learning curves")
    ax.legend()
    return fig
