import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs: np.ndarray, y: np.ndarray, n_bins: int = 10) -> plt.Figure:
    """Mean predicted probability against observed frequency per bin, with the diagonal."""
    fig, ax = plt.subplots()
    # TODO: bin the probabilities, skip empty bins, draw the model's curve and the
    # diagonal, label the axes, title, legend.
    return fig
