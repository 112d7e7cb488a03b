# expect: expected a torch.Tensor.*got a NumPy array
import numpy as np
import torch


def to_model_input(images: np.ndarray) -> torch.Tensor:
    return (torch.from_numpy(images).permute(0, 3, 1, 2).float() / 255.0).numpy()
