# Line labels capitalised ("Train", "Validation"): the legend and the texts are compared
# without case. Before the fix the legend passed but the lines did not: "the line 'train'
# is missing: label it 'train'", for a line labelled "Train".
import matplotlib.pyplot as plt
import numpy as np


def plot_learning_curves(train_loss, val_loss):
    epochs = np.arange(1, len(train_loss) + 1)
    fig, ax = plt.subplots()
    ax.plot(epochs, train_loss, label="Train")
    ax.plot(epochs, val_loss, label="Validation")
    ax.set(xlabel="Epoch", ylabel="Loss", title="Learning Curves", yscale="log")
    ax.legend()
    return fig
