"""One axes, two labelled lines over epochs 1..n, a legend and a log y axis: the log
scale keeps the late epochs, where train and validation part ways, from being
squashed flat by the large early losses. The usual slips are plotting against
`range(n)` (epochs from 0), forgetting `ax.legend()` (labels alone draw nothing),
and calling `plt.plot` on a new figure instead of the returned one.
"""

import matplotlib.pyplot as plt
import numpy as np


def plot_learning_curves(train_loss: np.ndarray, val_loss: np.ndarray) -> plt.Figure:
    epochs = np.arange(1, len(train_loss) + 1)
    fig, ax = plt.subplots()
    ax.plot(epochs, train_loss, label="train")
    ax.plot(epochs, val_loss, label="validation")
    ax.set(xlabel="epoch", ylabel="loss", title="Learning curves", yscale="log")
    ax.legend()
    return fig
