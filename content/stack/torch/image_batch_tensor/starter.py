import numpy as np
import torch


def to_model_input(images: np.ndarray) -> torch.Tensor:
    """Convert uint8 images of shape (n, h, w, c) to a float32 tensor (n, c, h, w) in [0, 1]."""
    # TODO: make a tensor, move the channel axis to position 1, and scale to [0, 1].
    raise NotImplementedError("to_model_input is not written yet")
