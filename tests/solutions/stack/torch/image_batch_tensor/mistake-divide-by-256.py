# expect: divided by 256
import torch


def to_model_input(images):
    return torch.from_numpy(images).permute(0, 3, 1, 2).float() / 256.0
