import numpy as np


def pairwise_iou(A, B):
    lt = np.maximum(A[:, None, :2], B[None, :, :2])      # (n, m, 2) top-left corners
    rb = np.minimum(A[:, None, 2:], B[None, :, 2:])      # (n, m, 2) bottom-right corners
    wh = np.clip(rb - lt, 0.0, None)
    inter = wh[..., 0] * wh[..., 1]
    area_a = np.prod(A[:, 2:] - A[:, :2], axis=1)
    area_b = np.prod(B[:, 2:] - B[:, :2], axis=1)
    union = area_a[:, None] + area_b - inter
    with np.errstate(invalid="ignore", divide="ignore"):
        iou = inter / union
    return np.nan_to_num(iou, nan=0.0)
