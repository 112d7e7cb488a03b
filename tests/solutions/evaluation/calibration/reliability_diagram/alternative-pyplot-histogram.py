import matplotlib.pyplot as plt
import numpy as np


def reliability_diagram(probs, y, n_bins=10):
    # pyplot state machine, np.histogram for the bins, grid and tight_layout as extras.
    edges = np.linspace(0, 1, n_bins + 1)
    count, _ = np.histogram(probs, bins=edges)
    total, _ = np.histogram(probs, bins=edges, weights=probs)
    pos, _ = np.histogram(probs, bins=edges, weights=y)
    keep = count > 0
    fig = plt.figure(figsize=(5, 5))
    plt.plot([0, 1], [0, 1], "--", color="gray", label="perfect calibration")
    plt.plot(total[keep] / count[keep], pos[keep] / count[keep], "s-", color="C3", label="model")
    plt.xlabel("mean predicted probability")
    plt.ylabel("observed frequency")
    plt.title("Reliability diagram")
    plt.legend()
    plt.grid(True)
    plt.xlim(0, 1)
    plt.ylim(0, 1)
    plt.tight_layout()
    return fig
