"""`torch.from_numpy` shares the array's memory (no copy), `permute(0, 3, 1, 2)`
moves the channel axis in front of height and width, and dividing by 255 after
`.float()` gives float32 values in [0, 1] in a new tensor, so the caller's array
is never touched.

The common wrong approach is `reshape(n, c, h, w)` (or `view`): it keeps the
memory order and merely re-labels it, so the shape is right and the picture is
scrambled. Others: `images.astype(float) / 255` gives float64, which
`nn.Conv2d`'s float32 weights refuse; dividing by `images.max()` makes every
batch's brightest pixel 1.0, so a dark image looks bright; and `permute(0, 3, 2, 1)`
swaps height and width, which only shows when they differ.
"""

import numpy as np
import torch


def to_model_input(images: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(images).permute(0, 3, 1, 2).float() / 255.0
