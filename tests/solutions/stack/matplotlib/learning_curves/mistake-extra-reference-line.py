# expect: the two curves are right, but the axes hold 1 more line
# A vertical line at the best epoch on top of the two curves: a third line where the
# statement asks for two; the message only counted the lines.
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import MaxNLocator


def plot_learning_curves(train_loss, val_loss):
    n = len(train_loss)
    fig, ax = plt.subplots(figsize=(7, 4))
    ax.plot(range(1, n + 1), val_loss, label="validation", color="C1")
    ax.plot(range(1, n + 1), train_loss, label="train", color="C0")
    ax.set_yscale("log")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves")
    ax.legend(loc="upper right")
    ax.axvline(int(np.argmin(val_loss)) + 1, color="gray", linestyle=":")
    return fig
