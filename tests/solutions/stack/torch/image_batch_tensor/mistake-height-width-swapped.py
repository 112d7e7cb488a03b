# expect: square images: [^\n]*height and width are swapped
# permute(0, 3, 2, 1) puts the channels first but swaps height and width; on square
# images the shape is right and only the pixels show it.
import torch


def to_model_input(images):
    return torch.from_numpy(images).permute(0, 3, 2, 1).float() / 255
