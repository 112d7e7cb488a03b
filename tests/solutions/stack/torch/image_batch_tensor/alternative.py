import numpy as np
import torch


def to_model_input(images):
    # Reorder and scale in NumPy (float32 throughout), then hand the result to torch.
    chw = np.ascontiguousarray(np.transpose(images, (0, 3, 1, 2)))
    return torch.tensor(chw.astype(np.float32) / np.float32(255.0))
