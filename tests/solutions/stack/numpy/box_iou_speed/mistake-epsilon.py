# expect: an epsilon in the denominator
import numpy as np


def pairwise_iou(A, B):
    # The usual epsilon (1e-9) in the denominator instead of handling a zero union.
    a, b = A[:, None, :], B[None, :, :]
    width = np.clip(np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0]), 0, None)
    height = np.clip(np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1]), 0, None)
    inter = width * height
    area_a = (A[:, 2] - A[:, 0]) * (A[:, 3] - A[:, 1])
    area_b = (B[:, 2] - B[:, 0]) * (B[:, 3] - B[:, 1])
    return inter / (area_a[:, None] + area_b[None, :] - inter + 1e-9)
