# expect: logarithm of the losses.*set_yscale
# log10 of the losses on a linear axis instead of the losses on a log axis; the message only
# said the scale was linear.
import matplotlib.pyplot as plt
import numpy as np


def plot_learning_curves(train_loss, val_loss):
    e = np.arange(1, len(train_loss) + 1)
    fig, ax = plt.subplots()
    ax.plot(e, np.log10(train_loss), label="train")
    ax.plot(e, np.log10(val_loss), label="validation")
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves")
    ax.legend()
    return fig
