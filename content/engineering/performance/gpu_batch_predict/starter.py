import numpy as np
import torch
from torch import nn


def predict_proba(
    state: dict[str, np.ndarray], X: np.ndarray, device: str, batch_size: int
) -> tuple[np.ndarray, str]:
    """Class probabilities for every row of X, scored in batches on `device`.

    Returns (float32 array of shape (n, k) on the CPU, the device type of the model).
    """
    d, h, k = X.shape[1], state["0.weight"].shape[0], state["3.weight"].shape[0]
    model = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Dropout(p=0.5), nn.Linear(h, k))
    # TODO: load `state`, move the model to `device`, switch it to evaluation mode, and
    # score X batch by batch on the same device, without autograd.
    raise NotImplementedError("predict_proba is not written yet")
