import matplotlib.pyplot as plt
import numpy as np


def plot_learning_curves(train_loss, val_loss):
    # Both lines in one ax.plot call, named by position in the legend.
    epochs = np.arange(1, len(train_loss) + 1)
    fig, ax = plt.subplots()
    ax.plot(epochs, train_loss, "o-", epochs, val_loss, "s--")
    ax.legend(["train", "validation"])
    ax.set_yscale("log")
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves")
    ax.grid(True, which="both", alpha=0.3)
    return fig
