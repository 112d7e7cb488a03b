import matplotlib.pyplot as plt
import numpy as np


def plot_learning_curves(train_loss, val_loss):
    # Limits set before anything is drawn, then set again to exactly the data's range
    # (no margin); the y axis inverted twice, which leaves it as it was; markers only
    # for the validation loss. With one epoch, set_xlim(1, 1) is widened by Matplotlib.
    fig, ax = plt.subplots()
    ax.set_xlim(0, 1)
    epochs = np.arange(1, len(train_loss) + 1)
    plt.plot(epochs, train_loss, label="train", alpha=0.5)
    plt.plot(epochs, val_loss, linestyle="none", marker="o", label="validation", zorder=3)
    plt.yscale("log")
    both = np.concatenate([train_loss, val_loss])
    ax.set_ylim(both.min(), both.max())
    ax.set_xlim(1, max(len(epochs), 1.5))
    ax.invert_yaxis()
    ax.invert_yaxis()
    ax.grid(True, which="both")
    plt.xlabel("epoch")
    plt.ylabel("loss")
    plt.title("Learning curves")
    plt.legend()
    plt.tight_layout()
    return fig
