# expect: the labels are swapped
# train_loss labelled 'validation' and val_loss 'train'; the message only said the y data differed.
import matplotlib.pyplot as plt
import numpy as np


def plot_learning_curves(train_loss, val_loss):
    e = np.arange(1, len(train_loss) + 1)
    fig, ax = plt.subplots()
    ax.plot(e, train_loss, label="validation")
    ax.plot(e, val_loss, label="train")
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves", yscale="log")
    ax.legend()
    return fig
