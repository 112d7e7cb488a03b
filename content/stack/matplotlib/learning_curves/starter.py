import matplotlib.pyplot as plt
import numpy as np


def plot_learning_curves(train_loss: np.ndarray, val_loss: np.ndarray) -> plt.Figure:
    """Training and validation loss per epoch, on one log-scaled axes. Return the Figure."""
    fig, ax = plt.subplots()
    # TODO: draw both curves against epochs 1..n, label everything, add a legend,
    # and put the y axis on a log scale.
    return fig
