# expect: pixels are scrambled
import torch


def to_model_input(images):
    n, h, w, c = images.shape
    return torch.from_numpy(images).float().reshape(n, c, h, w) / 255.0
